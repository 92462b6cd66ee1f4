# The triggers that keep reports_claimsversion in step with every write that changes what
# counts (see reports/models.py ClaimsVersion and docs/dashboard.md "Rollups"). PostgreSQL
# only: on SQLite the dashboard always computes live, so no version is needed there.
from django.db import migrations, models

BUMP = """
INSERT INTO reports_claimsversion (id, version) VALUES (1, 1)
ON CONFLICT (id) DO UPDATE SET version = reports_claimsversion.version + 1;
"""

TRIGGERS = f"""
CREATE OR REPLACE FUNCTION reports_claims_version_bump() RETURNS trigger AS $$
BEGIN
{BUMP}
RETURN NULL;
END $$ LANGUAGE plpgsql;

-- Every statement that writes claims (a bulk insert of 2,000 claims bumps once).
CREATE TRIGGER reports_claim_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
ON reports_claim FOR EACH STATEMENT EXECUTE FUNCTION reports_claims_version_bump();

-- What counting reads from other tables: only when it really changes (an article's status
-- changes all the time and must not trigger a recount).
CREATE TRIGGER reports_article_version AFTER UPDATE ON reports_article FOR EACH ROW
WHEN (OLD.published IS DISTINCT FROM NEW.published OR OLD.outlet IS DISTINCT FROM NEW.outlet
      OR OLD.created_at IS DISTINCT FROM NEW.created_at)
EXECUTE FUNCTION reports_claims_version_bump();
CREATE TRIGGER reports_place_version AFTER UPDATE ON reports_place FOR EACH ROW
WHEN (OLD.parent_id IS DISTINCT FROM NEW.parent_id OR OLD.name IS DISTINCT FROM NEW.name)
EXECUTE FUNCTION reports_claims_version_bump();
CREATE TRIGGER reports_claimant_version AFTER UPDATE ON reports_claimant FOR EACH ROW
WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION reports_claims_version_bump();
CREATE TRIGGER reports_actor_version AFTER UPDATE ON reports_actor FOR EACH ROW
WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION reports_claims_version_bump();
INSERT INTO reports_claimsversion (id, version) VALUES (1, 1) ON CONFLICT (id) DO NOTHING;
"""

DROP = """
DROP TRIGGER IF EXISTS reports_claim_version ON reports_claim;
DROP TRIGGER IF EXISTS reports_article_version ON reports_article;
DROP TRIGGER IF EXISTS reports_place_version ON reports_place;
DROP TRIGGER IF EXISTS reports_claimant_version ON reports_claimant;
DROP TRIGGER IF EXISTS reports_actor_version ON reports_actor;
DROP FUNCTION IF EXISTS reports_claims_version_bump();
"""


def triggers_create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(TRIGGERS)


def triggers_drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP)


class Migration(migrations.Migration):
    dependencies = [
        ("reports", "0003_claim_figure_sort_idx"),
    ]

    operations = [
        migrations.CreateModel(
            name="ClaimsVersion",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("version", models.BigIntegerField(default=0)),
            ],
        ),
        migrations.CreateModel(
            name="Rollup",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "outcome",
                    models.CharField(
                        choices=[
                            ("killed", "killed"),
                            ("injured", "injured"),
                            ("casualties", "casualties"),
                            ("displaced", "displaced"),
                            ("missing", "missing"),
                            ("detained", "detained"),
                        ],
                        max_length=12,
                    ),
                ),
                ("kind", models.CharField(max_length=40)),
                ("version", models.BigIntegerField()),
                ("computed_at", models.DateTimeField()),
                (
                    "seconds",
                    models.FloatField(help_text="How long computing this outcome's rollups took."),
                ),
                ("payload", models.TextField()),
            ],
            options={
                "constraints": [
                    models.UniqueConstraint(
                        fields=("outcome", "kind"), name="rollup_outcome_kind_uniq"
                    )
                ],
            },
        ),
        migrations.RunPython(triggers_create, triggers_drop),
    ]
