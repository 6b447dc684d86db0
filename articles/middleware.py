"""The desk speaks Arabic unless its user chose otherwise."""

from django.middleware.locale import LocaleMiddleware


class ChosenLanguageMiddleware(LocaleMiddleware):
    """LANGUAGE_CODE (Arabic) unless the language switch set a cookie; the browser's Accept-Language
    is not asked: curators' browsers are often English, and the desk is Arabic first (issue 7)."""

    def process_request(self, request):
        request.META.pop("HTTP_ACCEPT_LANGUAGE", None)
        super().process_request(request)
