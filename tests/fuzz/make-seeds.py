#!/usr/bin/env python3
"""Writes the exchange and roster seed corpora for the fuzz targets (tests/fuzz/corpus/).

Trims resources/*.baton.json down to a few records whose references stay inside the file,
and adds near-valid variants (a broken reference, a bad date, a duplicate id) so the
fuzzer starts next to the checks. With --cli PATH/TO/baton-cli it also writes the team file
seeds: a current file made by `init` and `import`, and one file of each older format (the
schema of migrations 1..N with the same records copied in), all with 512-byte pages so each
stays small. Standard library only.
"""
import argparse
import copy
import json
import os
import pathlib
import sqlite3
import subprocess
import tempfile

root = pathlib.Path(__file__).resolve().parents[2]
corpus = root / "tests/fuzz/corpus"


def trimmed(doc, members=4, decisions=2, commitments=2):
    out = {k: doc[k] for k in ("format", "version", "exported_at", "team")}
    out["team"] = dict(out["team"], description="Trimmed for fuzzing.")
    initiative = doc["initiatives"][0]
    keep_members = {s["member"] for s in initiative["leadership"]}
    decs = [d for d in doc["decisions"] if d.get("initiative") == initiative["id"]][:decisions]
    for d in decs:
        keep_members.add(d["accountable"]) if d.get("accountable") else None
        keep_members.update(p["member"] for p in d["participants"])
        d["supersedes"] = None
    dec_ids = {d["id"] for d in decs}
    coms = [c for c in doc["commitments"] if c.get("decision") in dec_ids][:commitments]
    for c in coms:
        keep_members.add(c["owner"])
        keep_members.update(c["supporters"])
        c["initiative"] = initiative["id"]
    for m in doc["members"]:
        if len(keep_members) >= members + len(keep_members & {m["id"]}):
            break
        keep_members.add(m["id"])
    out["members"] = [m for m in doc["members"] if m["id"] in keep_members]
    areas = {a["id"]: a for a in doc["expertise_areas"]}
    keep_areas = set(initiative["areas"])
    for d in decs:
        keep_areas.update(d["areas"])
    for a in list(keep_areas):  # parents too, so the tree stays whole
        while areas[a]["parent"]:
            a = areas[a]["parent"]
            keep_areas.add(a)
    out["expertise_areas"] = [a for a in doc["expertise_areas"] if a["id"] in keep_areas]
    out["expertise"] = [e for e in doc["expertise"] if e["member"] in keep_members and e["area"] in keep_areas][:4]
    out["endorsements"] = [
        e for e in doc["endorsements"]
        if e["member"] in keep_members and e["endorser"] in keep_members and e["area"] in keep_areas
    ][:2]
    out["initiatives"] = [initiative]
    out["contributions"] = [
        c for c in doc["contributions"]
        if c["initiative"] == initiative["id"] and c["member"] in keep_members and not c["depends_on"]
    ][:2]
    out["decisions"] = decs
    out["commitments"] = coms
    return out


def write(name, text):
    path = corpus / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def main():
    team = json.loads((root / "resources/sample-team.baton.json").read_text(encoding="utf-8"))
    small = trimmed(team)
    write("exchange_import/small-team.json", json.dumps(small, indent=1))
    write("exchange_import/small-team-compact.json", json.dumps(small, separators=(",", ":")))
    empty = {k: ([] if isinstance(v, list) else v) for k, v in small.items()}
    write("exchange_import/empty-team.json", json.dumps(empty))
    write("exchange_import/one-member.json", json.dumps(dict(empty, members=small["members"][:1])))
    write("exchange_import/near-no-arrays.json", json.dumps({k: small[k] for k in ("format", "version", "team")}))
    for sample in ("sample-charter", "sample-trust"):
        write(f"exchange_import/{sample}.json", (root / f"resources/{sample}.baton.json").read_text(encoding="utf-8"))

    broken = copy.deepcopy(small)
    broken["decisions"][0]["accountable"] = "01930000-0000-7000-8000-00000000dead"
    write("exchange_import/near-unknown-accountable.json", json.dumps(broken))
    broken = copy.deepcopy(small)
    broken["members"][0]["joined_on"] = "2024-02-30"
    write("exchange_import/near-bad-date.json", json.dumps(broken))
    broken = copy.deepcopy(small)
    broken["members"].append(dict(broken["members"][0]))
    write("exchange_import/near-duplicate-id.json", json.dumps(broken))
    broken = copy.deepcopy(small)
    lead = broken["initiatives"][0]["leadership"]
    lead[1]["from"] = lead[0]["from"]
    write("exchange_import/near-overlapping-leads.json", json.dumps(broken))
    broken = copy.deepcopy(small)
    broken["expertise_areas"][0]["parent"] = broken["expertise_areas"][-1]["id"]
    write("exchange_import/near-area-cycle.json", json.dumps(broken))
    write("exchange_import/near-truncated.json", json.dumps(small)[:700])

    write("roster_csv/roster.csv",
          "name,email,title,joined_on\n"
          + "".join(f"{m['name']},{m['email']},{m['title'] or ''},{m['joined_on'] or ''}\n" for m in small["members"]))
    write("roster_csv/roster-crlf-bom-quoted.csv",
          "\ufeffEmail,\"Name\",Title\r\n\"ana@example.org\",\"Lima, Ana\",\"Lead \"\"UX\"\"\"\r\n"
          "cy@example.org,Cy,\"two\nlines\"\r\n")
    write("roster_csv/roster-update.csv", "name,email\nAna Updated,ANA@example.org\nDee,dee@example.org\n")
    write("roster_csv/near-open-quote.csv", "name,email\n\"Ana,ana@example.org\n")
    write("roster_csv/near-bad-rows.csv",
          "name,email,joined_on,name\n,nobody,2024-13-01\nBo,bo@example.org,2024-01-01\nBo2,BO@example.org,\n")
    write("roster_csv/unknown-columns.csv", "name,team,phone\nAna,x,1\n")


def team_files(cli):
    migrations = sorted((root / "src/storage/migrations").glob("*.sql"))
    with tempfile.TemporaryDirectory() as tmp:
        current = os.path.join(tmp, "current.baton")
        subprocess.run([cli, "init", current, "--name", "Fuzz"], check=True, capture_output=True)
        subprocess.run([cli, "import", current, str(root / "tests/fuzz/baseline.json")], check=True,
                       capture_output=True)
        for version in range(1, len(migrations) + 1):
            out = corpus / f"team_file_open/v{version}.team"
            out.unlink(missing_ok=True)
            db = sqlite3.connect(out, isolation_level=None)
            db.execute("PRAGMA page_size = 512")
            for m in migrations[:version]:
                db.executescript(m.read_text(encoding="utf-8"))
            db.execute(f"PRAGMA application_id = {0x4241544E}")
            db.execute(f"PRAGMA user_version = {version}")
            db.execute("ATTACH ? AS s", (current,))
            tables = [r[0] for r in db.execute("SELECT name FROM main.sqlite_master WHERE type = 'table' "
                                               "AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE '%fts%'")]
            for t in tables:
                mine = [r[1] for r in db.execute(f"PRAGMA main.table_info('{t}')")]
                theirs = {r[1] for r in db.execute(f"PRAGMA s.table_info('{t}')")}
                cols = ",".join(c for c in mine if c in theirs)
                if cols:
                    db.execute(f'INSERT OR IGNORE INTO main."{t}" ({cols}) SELECT {cols} FROM s."{t}"')
            db.execute("DETACH s")
            if db.execute("SELECT 1 FROM sqlite_master WHERE name = 'decisions_fts'").fetchone():
                db.execute("INSERT INTO decisions_fts (decisions_fts) VALUES ('rebuild')")
            db.execute("VACUUM")
            db.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cli", help="baton-cli, to write the team file seeds as well")
    args = parser.parse_args()
    main()
    if args.cli:
        team_files(args.cli)
