"""`manage.py make_curator NAME`: a staff account in the `curator` group (created if missing)."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Make USERNAME a curator: a staff account in the curator group. Set a password with changepassword."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--email", default="")

    def handle(self, *args, username, email, **options):
        try:
            group = Group.objects.get(name="curator")
        except Group.DoesNotExist:
            raise CommandError("no curator group: run `manage.py migrate` first") from None
        user, created = get_user_model().objects.get_or_create(username=username, defaults={"email": email})
        if created:
            user.set_unusable_password()
        user.is_staff = True
        user.save()
        user.groups.add(group)
        verb = "created" if created else "updated"
        self.stdout.write(f"{username}: curator ({verb}); set a password with `manage.py changepassword {username}`")
