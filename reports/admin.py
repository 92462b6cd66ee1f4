from django.contrib import admin, messages
from django.db import models
from django.db.models import Count
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html

from reports import services, sources
from reports.forms import ArticleUploadForm
from reports.models import Actor, Article, Claim, Claimant, Place, Source

CLAIM_FIELDS = [
    "outcome", "group", "affiliation", "count", "qualifier", "low", "high", "claimant",
    "perpetrator", "cause", "place", "location", "period_start", "period_end", "hedged",
    "review",
]  # fmt: skip


class ClaimInline(admin.TabularInline):
    """The figures a reviewer checks at a glance; the claim's own page has every field."""

    model = Claim
    fields = ["quote", "outcome", "group", "count", "qualifier", "claimant", "period_start",
              "period_end", "hedged", "review", "confidence_pct"]  # fmt: skip
    readonly_fields = ["quote", "confidence_pct"]
    autocomplete_fields = ["claimant", "perpetrator", "place"]
    extra = 0
    show_change_link = True

    @admin.display(description="confidence")
    def confidence_pct(self, obj):
        return f"{obj.confidence:.0%}" if obj.pk else "-"


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["__str__", "outlet", "published", "status", "n_claims", "error_short",
                    "is_demo", "created_at"]  # fmt: skip
    list_filter = ["status", "is_demo", "source", "outlet"]
    search_fields = ["title", "outlet", "url", "text"]
    readonly_fields = ["status", "error", "attempts", "content_hash", "filename", "source",
                       "canonical_url", "same_story_as", "fingerprint", "created_at",
                       "processing_started_at", "processed_at", "text"]  # fmt: skip
    fields = ["title", "outlet", "url", "published", "is_demo", *readonly_fields]
    inlines = [ClaimInline]
    actions = ["rerun_extraction"]
    # Addresses typed without a scheme are https (Django 6's default, said now).
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    date_hierarchy = "created_at"

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(claim_count=Count("claims")).defer("raw")

    @admin.display(description="claims", ordering="claim_count")
    def n_claims(self, obj):
        return obj.claim_count

    @admin.display(description="error")
    def error_short(self, obj):
        return (obj.error[:120] + "…") if len(obj.error) > 120 else obj.error

    @admin.action(description="Re-run extraction on the selected articles")
    def rerun_extraction(self, request, queryset):
        for article in queryset:
            services.article_retry(article=article)
        self.message_user(request, f"{queryset.count()} article(s) queued for extraction.")

    def delete_model(self, request, obj):
        services.articles_delete(articles=[obj])

    def delete_queryset(self, request, queryset):
        services.articles_delete(articles=list(queryset))

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if change and {"published", "outlet"} & set(form.changed_data):
            # Counting reads the article's date and outlet (the trigger bumped the version).
            services.rollups.refresh_request()

    def add_view(self, request, form_url="", extra_context=None):
        if not self.has_add_permission(request):
            return redirect("admin:index")
        form = ArticleUploadForm(request.POST or None, request.FILES or None)
        if request.method == "POST" and form.is_valid():
            fetch = form.fetch()
            if fetch:
                article, created = sources.article_create_from_url(**fetch)
                results = [(article, created)]
                saved = "Address saved; the page is fetched and its claims extracted shortly."
            else:
                results = [services.article_create(**upload) for upload in form.uploads()]
                saved = "Article saved; its claims are being extracted."
            if len(results) > 1:
                new = sum(created for _, created in results)
                self.message_user(
                    request, f"{new} new article(s) saved and queued; "
                    f"{len(results) - new} already existed and were not added again.",
                )  # fmt: skip
                return redirect(reverse("admin:reports_article_changelist"))
            article, created = results[0]
            url = reverse("admin:reports_article_change", args=[article.pk])
            if created:
                self.message_user(request, saved)
            else:
                self.message_user(
                    request,
                    format_html('This article already exists: <a href="{}">{}</a>. Nothing '
                                "was added.", url, article),
                    messages.WARNING,
                )  # fmt: skip
            return redirect(url)
        context = {
            **self.admin_site.each_context(request), "form": form, "opts": self.model._meta,
            "title": "Upload an article", "has_view_permission": True,
        }  # fmt: skip
        return TemplateResponse(request, "admin/reports/article/upload.html", context)

    def save_formset(self, request, form, formset, change):
        if formset.model is not Claim:
            return super().save_formset(request, form, formset, change)
        instances = formset.save(commit=False)
        if formset.deleted_objects:
            services.claims_delete(claims=formset.deleted_objects)
        changed = {f.instance.pk: f.changed_data for f in formset.forms if f.instance.pk}
        for claim in instances:
            fields = changed.get(claim.pk, ["count"])
            decision = claim.review if "review" in fields else None
            services.claim_review(claim=claim, changed_fields=fields, user_decision=decision)


@admin.register(Claim)
class ClaimAdmin(admin.ModelAdmin):
    list_display = ["__str__", "claimant", "perpetrator", "location", "period_start",
                    "period_end", "hedged", "review", "article"]  # fmt: skip
    list_filter = ["outcome", "group", "review", "hedged"]
    search_fields = ["quote", "claimant__name", "location"]
    fields = ["article", "quote", "sentence", *CLAIM_FIELDS, "confidence"]
    readonly_fields = ["article", "quote", "sentence", "confidence"]
    autocomplete_fields = ["claimant", "perpetrator", "place"]

    def save_model(self, request, obj, form, change):
        decision = obj.review if "review" in form.changed_data else None
        services.claim_review(claim=obj, changed_fields=form.changed_data, user_decision=decision)

    def delete_model(self, request, obj):
        services.claims_delete(claims=[obj])

    def delete_queryset(self, request, queryset):
        services.claims_delete(claims=list(queryset))


class EntityAdmin(admin.ModelAdmin):
    list_display = ["name", "key"]
    search_fields = ["name", "key"]


admin.site.register(Claimant, EntityAdmin)
admin.site.register(Actor, EntityAdmin)


@admin.register(Place)
class PlaceAdmin(EntityAdmin):
    list_display = ["name", "kind", "country_code", "parent"]
    list_filter = ["kind"]


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "active", "last_polled_at", "last_success_at",
                    "last_error_short", "last_new_articles", "n_articles"]  # fmt: skip
    list_filter = ["kind", "active"]
    search_fields = ["name", "url", "outlet"]
    fields = ["name", "kind", "url", "outlet", "poll_interval", "active", "last_polled_at",
              "last_success_at", "last_new_articles", "last_error", "etag",
              "last_modified"]  # fmt: skip
    readonly_fields = ["last_polled_at", "last_success_at", "last_new_articles", "last_error",
                       "etag", "last_modified"]  # fmt: skip
    actions = ["poll_now"]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(article_count=Count("articles"))

    def save_model(self, request, obj, form, change):
        if change and "url" in form.changed_data:
            # The validators describe the old address; sent to the new one they could earn a
            # 304 for a feed never read.
            obj.etag = obj.last_modified = ""
        super().save_model(request, obj, form, change)

    @admin.display(description="articles", ordering="article_count")
    def n_articles(self, obj):
        return obj.article_count

    @admin.display(description="last error")
    def last_error_short(self, obj):
        return (obj.last_error[:120] + "…") if len(obj.last_error) > 120 else obj.last_error

    @admin.action(description="Poll the selected sources now")
    def poll_now(self, request, queryset):
        ids = list(queryset.values_list("pk", flat=True))
        sources.sources_poll_queue(source_ids=ids)
        self.message_user(
            request, f"{len(ids)} source(s) queued for polling; new articles appear shortly."
        )
