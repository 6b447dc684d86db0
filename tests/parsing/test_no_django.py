import subprocess
import sys

from django.conf import settings


def test_parsing_package_imports_without_loading_django():
    code = "import sys, articles.parsing; print('django' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=settings.BASE_DIR
    )
    assert result.stdout.strip() == "False"
