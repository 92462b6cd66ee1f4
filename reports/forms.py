from django import forms

from reports.fetching import FetchRefused, url_check


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files at once (Django's documented recipe): cleans to a list of files."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        single = super().clean
        if isinstance(data, list | tuple):
            return [single(item, initial) for item in data if item]
        return [single(data, initial)] if data else []


class ArticleUploadForm(forms.Form):
    """Paste an article's text, upload its .txt/.html files, or give the address to fetch it
    from, with what the uploader knows."""

    text = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 14, "cols": 100}), required=False,
        help_text="Paste the article as published, headline first.",
    )  # fmt: skip
    file = MultipleFileField(
        required=False, help_text="Or upload .txt or .html files (several at once if you like)."
    )
    fetch_url = forms.URLField(
        label="Fetch from URL", max_length=2000, required=False, assume_scheme="https",
        help_text="Or give the article's web address: the page is fetched in the background "
        "and its main text kept; a page that cannot be fetched is shown with the reason.",
    )  # fmt: skip
    title = forms.CharField(max_length=500, required=False)
    outlet = forms.CharField(max_length=200, required=False, help_text="e.g. CNN, Reuters")
    url = forms.URLField(
        label="Original address", max_length=2000, required=False, assume_scheme="https",
        help_text="Where a pasted or uploaded article was published (kept as its source; "
        "not fetched).",
    )  # fmt: skip
    published = forms.DateField(
        required=False, help_text="Publication date (YYYY-MM-DD): periods such as "
        "“last week” are resolved against it.",
        widget=forms.DateInput(attrs={"type": "date"}),
    )  # fmt: skip

    def clean_fetch_url(self):
        address = self.cleaned_data.get("fetch_url") or ""
        if address:
            try:
                url_check(address)
            except FetchRefused as exc:
                raise forms.ValidationError(str(exc)) from exc
        return address

    def clean(self):
        data = super().clean()
        given = [
            bool((data.get("text") or "").strip()),
            bool(data.get("file")),
            bool(data.get("fetch_url")),
        ]
        if sum(given) != 1 and not self.errors:
            raise forms.ValidationError(
                "Paste the text or choose a file (one of the two), or give a URL to fetch."
            )
        return data

    def _common(self) -> dict:
        return {name: self.cleaned_data[name] for name in ("title", "outlet", "published")}

    def uploads(self) -> list[dict]:
        """Arguments for services.article_create, one per file: the bytes exactly as received."""
        data = self.cleaned_data
        if data.get("file"):
            items = [(b"".join(f.chunks()), f.name) for f in data["file"]]
        else:
            items = [(data["text"].encode("utf-8"), "")]
        return [{"raw": raw, "filename": name, "url": data["url"], **self._common()}
                for raw, name in items]  # fmt: skip

    def upload(self) -> dict:
        """The first upload (one pasted text or one file)."""
        return self.uploads()[0]

    def fetch(self) -> dict | None:
        """Arguments for sources.article_create_from_url, or None when nothing is to fetch."""
        if not self.cleaned_data.get("fetch_url"):
            return None
        return {"url": self.cleaned_data["fetch_url"], **self._common()}
