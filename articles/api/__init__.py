"""The REST API under /api/ (DESIGN.md's "Public contract of the API"; decisions in docs/api.md).

A thin door: filters, serializers and views read through `Article.objects.for_list()` /
`for_detail()`, search through `articles.search`, and write through `articles.curation` and
`articles.entities`, the services the admin uses too.
"""
