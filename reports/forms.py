from django import forms


class ArticleUploadForm(forms.Form):
    """Paste an article's text or upload its .txt/.html file, with what the uploader knows."""

    text = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 14, "cols": 100}), required=False,
        help_text="Paste the article as published, headline first.",
    )  # fmt: skip
    file = forms.FileField(required=False, help_text="Or upload a .txt or .html file.")
    title = forms.CharField(max_length=500, required=False)
    outlet = forms.CharField(max_length=200, required=False, help_text="e.g. CNN, Reuters")
    url = forms.URLField(max_length=2000, required=False, assume_scheme="https")
    published = forms.DateField(
        required=False, help_text="Publication date (YYYY-MM-DD): periods such as "
        "“last week” are resolved against it.",
        widget=forms.DateInput(attrs={"type": "date"}),
    )  # fmt: skip

    def clean(self):
        data = super().clean()
        has_text = bool((data.get("text") or "").strip())
        has_file = bool(data.get("file"))
        if has_text == has_file:
            raise forms.ValidationError("Paste the text or choose a file (one of the two).")
        return data

    def upload(self) -> dict:
        """Arguments for services.article_create: the bytes exactly as received."""
        data = self.cleaned_data
        if data.get("file"):
            upload = data["file"]
            raw, filename = b"".join(upload.chunks()), upload.name
        else:
            raw, filename = data["text"].encode("utf-8"), ""
        fields = ("title", "outlet", "url", "published")
        return {"raw": raw, "filename": filename, **{name: data[name] for name in fields}}
