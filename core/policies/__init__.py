"""The policy desk: products, customers, policies and renewals."""
