"""Imports every table so that `Base.metadata` knows them all (Alembic and tests use this)."""

from core.audit.models import AuditEntry
from core.auth.models import User
from core.calls.models import Call, Campaign
from core.claims.models import Claim, ClaimDocument, ClaimFieldConflict
from core.db import Base
from core.policies.models import Customer, Policy, Product
from core.reports.models import ClaimReserveDay, ClaimStatusDay
from core.scoring.models import ModelVersion, Score
from core.tasks.models import TaskRun

__all__ = [
    "AuditEntry", "Base", "Call", "Campaign", "Claim", "ClaimDocument", "ClaimFieldConflict",
    "ClaimReserveDay", "ClaimStatusDay", "Customer", "ModelVersion", "Policy", "Product", "Score",
    "TaskRun", "User",
]
