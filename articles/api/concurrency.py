"""Optimistic concurrency: a detail GET gives an ETag; a PATCH must send it back in If-Match.

The tag is derived from the row's `updated_at`, which every write through the API or the admin
moves on. A PATCH without If-Match is refused (428): a script that never read the row cannot
overwrite a curator's work by accident. A stale tag is a 412 saying to read the row again.
"""

import hashlib

from rest_framework import status
from rest_framework.exceptions import APIException


class PreconditionRequired(APIException):
    status_code = 428
    default_detail = "If-Match header required: GET the resource and send its ETag back in If-Match."
    default_code = "precondition_required"


class PreconditionFailed(APIException):
    status_code = status.HTTP_412_PRECONDITION_FAILED
    default_detail = (
        "The resource changed since you read it (its ETag no longer matches If-Match): "
        "GET it again, re-apply your change, and send the new ETag."
    )
    default_code = "precondition_failed"


def etag_of(instance) -> str:
    version = f"{instance._meta.label}:{instance.pk}:{instance.updated_at.isoformat()}"
    return '"' + hashlib.sha256(version.encode()).hexdigest()[:32] + '"'


def check_if_match(request, instance) -> None:
    header = request.headers.get("If-Match")
    if not header:
        raise PreconditionRequired()
    current = etag_of(instance)
    tags = [tag.strip().removeprefix("W/") for tag in header.split(",")]
    if "*" not in tags and current not in tags:
        raise PreconditionFailed()
