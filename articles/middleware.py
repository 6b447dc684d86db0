"""The desk speaks Arabic unless its user chose otherwise; the API speaks what its client asks for."""

from django.middleware.locale import LocaleMiddleware

API_PREFIX = "/api/"


class ChosenLanguageMiddleware(LocaleMiddleware):
    """LANGUAGE_CODE (Arabic) unless the language switch set a cookie; the browser's Accept-Language
    is not asked: curators' browsers are often English, and the desk is Arabic first (issue 7).
    API clients are scripts that name their language on purpose: there Accept-Language counts."""

    def process_request(self, request):
        if not request.path_info.startswith(API_PREFIX):
            request.META.pop("HTTP_ACCEPT_LANGUAGE", None)
        super().process_request(request)
