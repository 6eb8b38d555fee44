"""Background tasks (Huey): retraining, intake batches and campaign runs, with their progress."""
