from rest_framework.permissions import SAFE_METHODS, BasePermission


class StaffWritesOrReadOnly(BasePermission):
    """Anyone reads; writing needs an authenticated staff user (session or token)."""

    def has_permission(self, request, view):
        return request.method in SAFE_METHODS or bool(request.user and request.user.is_staff)


def is_staff(request) -> bool:
    return bool(request and request.user and request.user.is_staff)
