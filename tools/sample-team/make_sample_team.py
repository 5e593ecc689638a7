#!/usr/bin/env python3
"""Write the Baton sample team (resources/sample-team.baton.json).

The sample is a fictional product team, "Northwind Product Studio", covering two
years of work (2024-11-01 .. 2026-10-31) as seen on 2026-11-26. The file follows
the exchange format in shared/spec/interchange.md (format "baton-team", version 1).

Everything comes from a fixed-seed random.Random, so two runs give byte-identical
output. Standard library only.

Usage:
    make_sample_team.py                 write the file, then run the self-check
    make_sample_team.py --no-check      write the file only
    make_sample_team.py --check [PATH]  only check an existing file (default: the output path)
    make_sample_team.py --output PATH   write somewhere else
"""

import argparse
import difflib
import json
import random
import re
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

SEED = 20261126
TODAY = date(2026, 11, 26)            # "now" for the sample: the export date
LAST_DAY = TODAY - timedelta(days=1)  # latest date a recorded event may carry
PERIOD_START = date(2024, 11, 1)
PERIOD_END = date(2026, 10, 31)
EXPORTED_AT = "2026-11-26T08:00:00Z"
DECISION_WINDOW_END = date(2026, 11, 20)  # last day a new decision may be proposed

DEFAULT_OUTPUT = Path(__file__).resolve().parents[2] / "resources" / "sample-team.baton.json"

TEAM = {
    "name": "Northwind Product Studio",
    "description": (
        "The product team behind Northwind Go, the booking and invoicing app for small service "
        "businesses. Twenty-odd people across engineering, design, data and communication who "
        "let leadership follow expertise: whoever knows the problem best leads it, and every "
        "decision and commitment has one accountable person. Sample data: all people and "
        "events are fictional."
    ),
}

# --------------------------------------------------------------------------------------
# Reference data
# --------------------------------------------------------------------------------------

# key, name, parent key, description
AREAS = [
    ("ENG", "Engineering", None, "Building and running the product: code, infrastructure and quality."),
    ("BE", "Backend", "ENG", "Server-side services, databases, background jobs and integrations."),
    ("API", "API Design", "BE", "Public and internal API contracts, versioning and developer experience."),
    ("FE", "Frontend", "ENG", "Web and mobile user interfaces and their performance."),
    ("REL", "Reliability", "ENG", "Monitoring, incident response, capacity planning and on-call."),
    ("QA", "Quality Assurance", "ENG", "Test strategy, regression testing and release checks."),
    ("DES", "Design", None, "How the product looks, feels and works for the people using it."),
    ("IXD", "Interaction Design", "DES", "Flows, screens, prototypes and the design system."),
    ("UR", "User Research", "DES", "Interviews, usability tests and turning what customers say into findings."),
    ("A11Y", "Accessibility", "DES", "Making the product work for everyone, including keyboard and screen-reader users."),
    ("DATA", "Data", None, "Collecting, modelling and interpreting data about the product and its customers."),
    ("AN", "Analytics", "DATA", "Metrics, dashboards, reporting and data modelling."),
    ("EXP", "Experimentation", "DATA", "A/B tests, experiment design and statistical analysis."),
    ("DE", "Data Engineering", "DATA", "Pipelines, the warehouse, event tracking and data quality."),
    ("COM", "Communication", None, "Explaining the product and our changes to customers and to each other."),
    ("COPY", "Copywriting", "COM", "Product copy, emails, help content and the style guide."),
    ("PMM", "Product Marketing", "COM", "Positioning, launches, pricing communication and sales enablement."),
]

FOCUS = {
    "ENG": "engineering work", "BE": "server-side work", "API": "API contract work",
    "FE": "front-end build work", "REL": "operational hardening", "QA": "testing and release checks",
    "DES": "design work", "IXD": "interaction design", "UR": "customer research",
    "A11Y": "accessibility fixes", "DATA": "data work", "AN": "data modelling and reporting",
    "EXP": "experiment design and analysis", "DE": "pipeline work", "COM": "communicating the change",
    "COPY": "copy and content", "PMM": "launch planning",
}

# key, name, email local part, title, facilitator, joined_on, left_on, expertise [(area, level[, wants])]
MEMBERS = [
    ("marcus", "Marcus Okafor", "marcus.okafor", "Engineering Manager", True, "2019-06-03", None,
     [("ENG", 4), ("BE", 4), ("REL", 3), ("QA", 2)]),
    ("elena", "Elena Sokolova", "elena.sokolova", "Design Manager", True, "2020-02-17", None,
     [("DES", 4), ("IXD", 4), ("UR", 3), ("A11Y", 2, True)]),
    ("priya", "Priya Raman", "priya.raman", "Senior Data Analyst", False, "2021-09-06", None,
     [("DATA", 4), ("AN", 5), ("EXP", 4), ("DE", 3)]),
    ("tomas", "Tomás Herrera", "tomas.herrera", "Senior Backend Engineer", False, "2020-10-12", None,
     [("BE", 5), ("API", 4), ("REL", 3), ("DE", 2)]),
    ("aiko", "Aiko Tanaka", "aiko.tanaka", "UX Designer", False, "2022-04-04", None,
     [("IXD", 4), ("A11Y", 3), ("UR", 3), ("FE", 2, True)]),
    ("daniel", "Daniel Whitfield", "daniel.whitfield", "Copywriter", False, "2021-03-15", None,
     [("COM", 4), ("COPY", 5), ("PMM", 3), ("UR", 2, True)]),
    ("fatima", "Fatima Al-Sayed", "fatima.alsayed", "Product Manager", False, "2020-07-01", None,
     [("UR", 3), ("PMM", 3), ("AN", 3), ("EXP", 2, True)]),
    ("jonas", "Jonas Lindqvist", "jonas.lindqvist", "Frontend Engineer", False, "2022-01-10", None,
     [("FE", 4), ("A11Y", 3), ("IXD", 2), ("REL", 1, True)]),
    ("grace", "Grace Mensah", "grace.mensah", "QA Engineer", False, "2021-05-24", None,
     [("QA", 5), ("A11Y", 3), ("FE", 2)]),
    ("ravi", "Ravi Shankar", "ravi.shankar", "Data Engineer", False, "2020-11-02", "2026-06-30",
     [("DE", 5), ("BE", 3), ("AN", 3), ("REL", 2)]),
    ("sofia", "Sofia Marchetti", "sofia.marchetti", "UX Researcher", False, "2023-02-06", None,
     [("UR", 5), ("EXP", 3), ("COPY", 2), ("A11Y", 1, True)]),
    ("kwame", "Kwame Asante", "kwame.asante", "Staff Backend Engineer", False, "2018-08-20", None,
     [("BE", 5), ("API", 5), ("REL", 4)]),
    ("hannah", "Hannah Becker", "hannah.becker", "Content Designer", False, "2022-09-12", "2026-01-30",
     [("COPY", 4), ("IXD", 3), ("UR", 2), ("A11Y", 2)]),
    ("li", "Li Wei", "li.wei", "Frontend Engineer", False, "2025-09-15", None,
     [("FE", 4), ("IXD", 2), ("QA", 2), ("A11Y", 2, True)]),
    ("olivia", "Olivia Brennan", "olivia.brennan", "Product Marketing Manager", False, "2021-11-08", None,
     [("PMM", 5), ("COM", 4), ("COPY", 3), ("EXP", 2)]),
    ("mateo", "Mateo Silva", "mateo.silva", "Site Reliability Engineer", False, "2022-06-20", None,
     [("REL", 5), ("BE", 3), ("QA", 2), ("DE", 2, True)]),
    ("noor", "Noor Haddad", "noor.haddad", "Data Scientist", False, "2023-05-15", None,
     [("DATA", 3), ("EXP", 5), ("AN", 4), ("DE", 2)]),
    ("ben", "Ben Carter", "ben.carter", "Mobile Engineer", False, "2021-01-11", "2025-06-13",
     [("FE", 4), ("BE", 2), ("QA", 2)]),
    ("ingrid", "Ingrid Nilsen", "ingrid.nilsen", "Accessibility Specialist", False, "2022-11-21", None,
     [("A11Y", 5), ("FE", 3), ("IXD", 3), ("COPY", 2)]),
    ("samuel", "Samuel Adeyemi", "samuel.adeyemi", "Backend Engineer", False, "2025-03-03", None,
     [("BE", 3), ("API", 2), ("QA", 2), ("DE", 2, True)]),
    ("chidi", "Chidi Okonkwo", "chidi.okonkwo", "Data Engineer", False, "2026-09-07", None,
     [("DE", 4), ("BE", 2), ("AN", 2, True)]),
]
EMAIL_DOMAIN = "northwind.example"

# Subjects carry kinds that decide which decision templates fit them:
# ui (customer-facing feature; implies flag and plan), tech (internal system), content (words; implies plan),
# process (how we work), trial (a way of working one can trial), metric (has a success metric),
# flag (can roll out behind a feature flag), plan (can be cut, postponed, scoped, given a deadline),
# sys (a system one can rebuild or look after), rule (something to agree on), ab (can be A/B tested),
# svc (could be bought rather than built).
INITIATIVES = [
    dict(title="Self-serve onboarding rebuild", subj="the onboarding rebuild", status="completed",
         start="2024-11-04", due="2025-03-28", closed="2025-04-11", areas=["IXD", "COPY", "AN", "FE"],
         desc="Rebuild the first-run experience so a new business can take its first booking without talking to sales. "
              "Half of new trials never reach the calendar screen today.",
         subjects=[("the welcome checklist", "ui ab"), ("the company-size question", "ui"),
                   ("the sample data import", "ui sys"), ("onboarding emails", "content ab"),
                   ("the signup form", "ui ab"), ("the setup progress tracker", "ui")]),
    dict(title="Invoice PDF service", subj="the invoice PDF service", status="completed",
         start="2024-11-18", due="2025-02-28", closed="2025-02-21", areas=["BE", "API", "REL"],
         desc="Move invoice PDF generation out of the main app into its own service. PDFs currently time out for "
              "invoices with more than forty lines.",
         subjects=[("the invoice PDF layout", "ui"), ("PDF rendering", "tech flag plan sys svc"), ("invoice numbering", "tech rule"),
                   ("PDF caching", "tech flag plan sys"), ("the invoice footer text", "content")]),
    dict(title="On-call rotation and incident playbooks", subj="the paging and on-call tooling", status="completed",
         start="2024-12-02", due="2025-02-14", closed="2025-02-14", areas=["REL", "BE"],
         desc="Replace the informal 'whoever notices' approach with a fair on-call rotation, severity levels and "
              "written playbooks for the five most common incidents.",
         subjects=[("the on-call rotation", "process trial"), ("incident severity levels", "process trial"),
                   ("the paging policy", "process trial"), ("post-incident reviews", "process trial metric"),
                   ("the public status page", "content svc")]),
    dict(title="Pricing page experiment", subj="the new pricing page", status="completed",
         start="2025-01-13", due="2025-04-30", closed="2025-05-09", areas=["EXP", "AN", "COPY", "IXD", "PMM"],
         desc="Test a simpler pricing page with two plans instead of four. Visitors spend a long time on the page "
              "and few of them start a trial.",
         subjects=[("the pricing page headline", "content ab"), ("the plan comparison table", "ui ab"),
                   ("the annual billing toggle", "ui ab"), ("the free plan limits", "ui rule"),
                   ("the pricing FAQ", "content ab")]),
    dict(title="Usage analytics pipeline migration", subj="the analytics pipeline migration", status="missed",
         start="2025-01-20", due="2025-06-30", closed="2025-08-29", areas=["DE", "AN", "BE"],
         desc="Move product usage events from nightly CSV exports to a streaming pipeline into the warehouse, so "
              "dashboards are hours old instead of days.",
         subjects=[("the event schema", "tech rule plan"), ("the nightly batch jobs", "tech sys"), ("the warehouse loader", "tech sys svc flag"),
                   ("the historical backfill", "tech plan"), ("the usage dashboards", "ui")]),
    dict(title="Accessibility audit remediation", subj="the accessibility remediation", status="completed",
         start="2025-02-03", due="2025-07-31", closed="2025-07-25", areas=["A11Y", "FE", "IXD", "QA"],
         desc="Fix the 64 issues from the external accessibility audit, starting with the booking and payment flows "
              "that two enterprise prospects flagged.",
         subjects=[("focus styles", "ui"), ("form error announcements", "ui"), ("colour contrast in charts", "ui"),
                   ("keyboard shortcuts", "ui"), ("the date picker", "ui svc")]),
    dict(title="Mobile offline mode", subj="offline mode", status="cancelled",
         start="2025-03-03", due="2025-09-30", closed="2025-06-20", areas=["FE", "BE", "QA"],
         desc="Let field technicians view and update today's bookings without a signal, and sync when they are back "
              "online.",
         subjects=[("the offline sync queue", "tech sys flag plan"), ("conflict handling for offline edits", "ui sys"),
                   ("the offline banner", "ui"), ("local storage encryption", "tech plan flag")]),
    dict(title="Reminder emails rewrite", subj="the reminder emails", status="completed",
         start="2025-03-17", due="2025-06-13", closed="2025-06-06", areas=["COPY", "BE", "EXP"],
         desc="Rewrite the booking reminder emails and move them to the new template engine. No-show rates are the "
              "number one complaint from salon customers.",
         subjects=[("the booking reminder email", "content ab"), ("reminder timing", "ui ab"),
                   ("SMS reminders", "ui svc"), ("the email template engine", "tech sys svc flag"),
                   ("unsubscribe handling", "tech sys plan")]),
    dict(title="Customer interview programme", subj="the interview programme", status="completed",
         start="2025-04-07", due="2025-12-19", closed="2025-12-12", areas=["UR", "PMM"],
         desc="Talk to four customers every month, share what we learn in one place, and make sure every initiative "
              "can point to the interviews behind it.",
         subjects=[("the recruiting screener", "process trial"), ("interview incentives", "process trial"),
                   ("the research repository", "tech svc plan"), ("interview synthesis", "process trial metric"),
                   ("the customer advisory panel", "process trial metric")]),
    dict(title="Public API v2", subj="API v2", status="completed",
         start="2025-04-22", due="2025-11-28", closed="2025-12-05", areas=["API", "BE", "COPY"],
         desc="Publish a versioned, documented public API so partners can build integrations without asking us for "
              "database exports.",
         subjects=[("API versioning", "tech rule"), ("pagination in the API", "tech rule plan"), ("API rate limits", "tech rule flag"),
                   ("the API reference docs", "content"), ("webhook retries", "tech sys flag plan"), ("personal API keys", "ui")]),
    dict(title="Design system tokens refresh", subj="the design token refresh", status="completed",
         start="2025-05-12", due="2025-09-26", closed="2025-10-10", areas=["IXD", "FE", "A11Y"],
         desc="Replace hard-coded colours and spacing with design tokens, so the web and mobile apps stay consistent "
              "and dark mode becomes possible.",
         subjects=[("the colour tokens", "ui"), ("spacing tokens", "ui"), ("the component library", "tech sys plan"),
                   ("the icon set", "ui svc"), ("the typography scale", "ui")]),
    dict(title="Churn dashboard for customer success", subj="the churn dashboard", status="completed",
         start="2025-06-02", due="2025-08-29", closed="2025-08-22", areas=["AN", "DE"],
         desc="Give the customer success team a weekly view of accounts at risk, with the signals that predict churn.",
         subjects=[("the churn definition", "process"), ("the account health score", "tech sys plan flag"),
                   ("the dashboard refresh schedule", "tech rule"), ("account segmentation", "process")]),
    dict(title="Payment provider migration", subj="the payment migration", status="completed",
         start="2025-06-16", due="2025-12-12", closed="2026-01-23", areas=["BE", "REL", "QA"],
         desc="Move card payments to a new provider before the current contract ends, without customers having to "
              "re-enter card details.",
         subjects=[("card token migration", "tech plan"), ("failed payment retries", "tech sys flag plan rule"), ("the cutover weekend", "plan rule"),
                   ("refund handling", "tech sys plan"), ("payment receipts", "content"), ("the payment settings screen", "ui")]),
    dict(title="Help centre content overhaul", subj="the help centre overhaul", status="missed",
         start="2025-07-07", due="2025-11-14", closed="2026-01-16", areas=["COPY", "UR"],
         desc="Rewrite and restructure the help centre around the questions customers actually ask, and retire the "
              "120 articles nobody reads.",
         subjects=[("the help centre structure", "content"), ("help article templates", "content"),
                   ("screenshots in help articles", "content"), ("the help centre search", "ui svc"),
                   ("outdated help articles", "content")]),
    dict(title="Calendar sync reliability", subj="calendar sync", status="completed",
         start="2025-08-04", due="2025-12-19", closed="2025-12-17", areas=["BE", "REL", "QA"],
         desc="Bring calendar sync failures below 0.1% of events. Double bookings caused by sync gaps are the most "
              "expensive support tickets we get.",
         subjects=[("Google Calendar sync", "tech sys flag"), ("Outlook sync", "tech sys flag plan"), ("sync error notifications", "ui"),
                   ("the sync retry schedule", "tech rule flag"), ("duplicate event detection", "tech flag plan sys")]),
    dict(title="Trial-to-paid conversion experiments", subj="trial-to-paid conversion", status="completed",
         start="2025-09-01", due="2026-02-27", closed="2026-03-06", areas=["EXP", "AN", "COPY"],
         desc="Run a series of experiments on the trial experience to lift trial-to-paid conversion from 11% to 14%.",
         subjects=[("the trial length", "ui ab"), ("the upgrade prompt", "ui ab"), ("trial expiry emails", "content ab"),
                   ("the in-app upgrade banner", "ui ab"), ("card-required trials", "ui ab")]),
    dict(title="Referral programme launch", subj="the referral programme", status="cancelled",
         start="2025-09-22", due="2026-01-30", closed="2025-12-05", areas=["PMM", "BE", "COPY"],
         desc="Reward customers who bring in other businesses. Cancelled when the partner channel turned out to bring "
              "in more customers for less money.",
         subjects=[("referral rewards", "ui ab"), ("the referral landing page", "content ab"),
                   ("fraud checks for referrals", "tech svc plan"), ("the referral link format", "tech rule")]),
    dict(title="Frontend performance budget", subj="the performance budget", status="completed",
         start="2025-10-13", due="2026-02-27", closed="2026-02-20", areas=["FE", "REL"],
         desc="Agree and enforce a performance budget for the web app. The calendar screen takes six seconds to "
              "load on a mid-range phone.",
         subjects=[("the JavaScript bundle size limit", "tech rule"), ("image loading", "tech sys flag"),
                   ("the performance check in CI", "tech rule plan"), ("third-party scripts", "tech rule plan"),
                   ("calendar loading", "tech sys flag")]),
    dict(title="Team scheduling view", subj="the team scheduling view", status="completed",
         start="2025-11-03", due="2026-05-29", closed="2026-06-12", areas=["IXD", "FE", "BE", "UR"],
         desc="A week view that shows every staff member's bookings side by side, the most requested feature from "
              "businesses with more than five staff.",
         subjects=[("the week view", "ui"), ("drag-and-drop rescheduling", "ui"), ("staff availability rules", "ui"),
                   ("the scheduling endpoint", "tech sys plan"), ("colour coding by staff member", "ui ab")]),
    dict(title="Data retention and deletion policy", subj="the data retention policy", status="missed",
         start="2025-12-01", due="2026-03-31", closed="2026-05-15", areas=["DE", "BE", "COM"],
         desc="Agree how long we keep customer data, delete it reliably when we no longer need it, and explain the "
              "policy in plain words.",
         subjects=[("the retention period for closed accounts", "process"), ("backup deletion", "tech plan sys"),
                   ("the deletion request form", "ui"), ("evidence of deletion", "process"),
                   ("the privacy policy wording", "content")]),
    dict(title="Error message rewrite", subj="the error message rewrite", status="completed",
         start="2026-01-12", due="2026-04-24", closed="2026-04-17", areas=["COPY", "IXD", "A11Y"],
         desc="Rewrite the 300 error messages in the product so each one says what happened and what to do next.",
         subjects=[("the error message style guide", "content"), ("payment error messages", "content ab"),
                   ("form validation messages", "content"), ("the server error page", "ui"),
                   ("error codes shown to customers", "ui")]),
    dict(title="Multi-currency invoicing", subj="multi-currency invoicing", status="active",
         start="2026-02-02", due="2026-09-30", closed=None, areas=["BE", "API", "AN"],
         desc="Let businesses invoice in their customers' currency, starting with euro, pound and Canadian dollar.",
         subjects=[("currency conversion rates", "tech svc rule"), ("rounding rules", "tech rule"), ("the currency picker", "ui"),
                   ("multi-currency reports", "ui"), ("tax display per currency", "ui")]),
    dict(title="Load testing harness", subj="the load testing harness", status="cancelled",
         start="2026-02-23", due="2026-06-30", closed="2026-05-08", areas=["REL", "QA"],
         desc="Build repeatable load tests for the booking API. Cancelled after the hosting provider's managed load "
              "testing covered most of the need.",
         subjects=[("the load testing tool", "tech svc"), ("the test traffic profile", "tech rule"),
                   ("the staging environment size", "tech rule"), ("the load test schedule", "process trial")]),
    dict(title="Recurring bookings", subj="recurring bookings", status="active",
         start="2026-03-09", due="2026-12-18", closed=None, areas=["BE", "FE", "IXD"],
         desc="Let customers book a weekly or monthly slot once instead of every time, with sensible handling of "
              "holidays and cancellations.",
         subjects=[("the recurrence rules", "tech rule sys"), ("single-occurrence editing", "ui"),
                   ("the limit on future occurrences", "ui"), ("recurring invoices", "tech plan flag"),
                   ("the recurrence picker", "ui ab")]),
    dict(title="Data warehouse cost reduction", subj="the warehouse cost work", status="active",
         start="2026-04-06", due="2026-10-30", closed=None, areas=["DE", "AN"],
         desc="Bring the monthly warehouse bill back under budget without losing the reports people rely on.",
         subjects=[("the warehouse query budget", "process trial"), ("unused staging tables", "tech plan"),
                   ("the BI tool licence", "process"), ("table partitioning", "tech plan flag"),
                   ("the report refresh schedule", "process trial")]),
    dict(title="Audit log for account admins", subj="the admin audit log", status="active",
         start="2026-05-04", due="2027-01-29", closed=None, areas=["BE", "API", "QA"],
         desc="Show account admins who changed what and when. Required by two enterprise customers before renewal.",
         subjects=[("audit log retention", "tech rule"), ("the audit log export", "ui"), ("the list of audited events", "tech rule plan"),
                   ("admin notifications", "ui")]),
    dict(title="In-app feedback widget", subj="the feedback widget", status="active",
         start="2026-06-01", due="2026-11-13", closed=None, areas=["UR", "FE", "COPY"],
         desc="A small feedback button inside the app, so customers can tell us what is wrong in the moment instead "
              "of in a support ticket a week later.",
         subjects=[("the feedback button placement", "ui ab"), ("feedback triage", "process trial metric"),
                   ("the feedback prompt", "content ab"), ("screenshot capture in feedback", "ui svc")]),
    dict(title="Dark mode", subj="dark mode", status="active",
         start="2026-07-06", due="2027-02-26", closed=None, areas=["IXD", "FE", "A11Y"],
         desc="A dark theme for the web and mobile apps, built on the design tokens from last year.",
         subjects=[("the dark colour palette", "ui"), ("charts in dark mode", "ui"), ("the theme switcher", "ui"),
                   ("email templates in dark mode", "content")]),
    dict(title="Annual plan pricing", subj="annual plans", status="proposed",
         start=None, due="2027-03-31", closed=None, proposed="2026-10-12", areas=["PMM", "EXP", "AN"],
         desc="Offer an annual plan with a discount to reduce churn among small businesses in their first year.",
         subjects=[("the annual plan discount", "ui ab"), ("annual plan messaging", "content ab"),
                   ("mid-year upgrades", "tech plan")]),
    dict(title="Smart scheduling suggestions", subj="scheduling suggestions", status="proposed",
         start=None, due="2027-06-30", closed=None, proposed="2026-11-02", areas=["DATA", "BE", "UR"],
         desc="Suggest the best free slot when a customer books, based on staff preferences and travel time.",
         subjects=[("the suggestion model", "tech svc sys plan"), ("suggestion explanations", "content"),
                   ("the pilot customer group", "process")]),
]

# Hand-written leadership for the initiatives whose story matters for the app's gap views.
MANUAL_STINTS = {
    "Mobile offline mode": [
        ("ben", "lead", "2025-03-03", "2025-06-01",
         "Proposed the initiative: field technicians lose work when they drive out of signal"),
        ("jonas", "lead", "2025-06-02", "2025-06-20",
         "Handed to Jonas: Ben leaves on 13 June and Jonas knows the sync code best"),
    ],
    "Data warehouse cost reduction": [
        ("priya", "lead", "2026-04-06", "2026-05-10",
         "Proposed the initiative after the March warehouse bill came in 40% over budget"),
        ("ravi", "lead", "2026-05-11", "2026-06-30", "Handed to Ravi: the remaining work is mostly pipeline work"),
        ("noor", "co-lead", "2026-05-11", "2026-06-30",
         "Joined as co-lead to cover the reporting side while Ravi reworks the pipelines"),
    ],
    "In-app feedback widget": [
        ("sofia", "lead", "2026-06-01", "2026-07-19",
         "Took the lead at kickoff: the early questions are mostly about customer research"),
        ("li", "lead", "2026-07-20", "2026-09-30", "Handed to Li: the remaining work is mostly front-end build work"),
    ],
}

PIPELINE = ["UR", "DATA", "AN", "EXP", "COPY", "IXD", "DES", "A11Y", "API", "BE", "DE", "FE", "ENG", "QA", "REL",
            "COM", "PMM"]

CONTRIBUTION_TEXT = {
    "UR": "Interview five customers about {S} and summarise what gets in their way",
    "DATA": "Scope the data questions behind {S} and list what we can already answer",
    "AN": "Pull baseline numbers for {S}: volumes and drop-off by step over the last 90 days",
    "EXP": "Design the experiment for {S}: hypothesis, sample size and stopping rule",
    "COPY": "Write the copy for {S}, working from the baseline numbers and interview notes",
    "IXD": "Design the screens for {S} around the agreed copy",
    "DES": "Review the overall design direction for {S}",
    "A11Y": "Review {S} with a screen reader and keyboard-only navigation",
    "API": "Write the API contract for {S} and circulate it for review",
    "BE": "Build the server-side changes for {S}",
    "DE": "Add the events and warehouse tables {S} needs",
    "FE": "Build the front-end for {S} behind a feature flag",
    "ENG": "Review the technical plan for {S}",
    "QA": "Write and run the regression checklist for {S}",
    "REL": "Add dashboards, alerts and a runbook for {S}",
    "COM": "Write the customer-facing announcement for {S}",
    "PMM": "Plan the launch and brief sales and support on {S}",
}

ENDORSEMENT_TEXT = {
    "BE": ["Untangled the retry logic for {S} and left notes the rest of us could follow.",
           "Found the root cause of the timeouts in {S} in an afternoon, then explained it to the whole team."],
    "API": ["The API contract for {S} was clear enough that front-end work started before the backend was done.",
            "Pushed back on a breaking change during {S} and was right to."],
    "FE": ["Rebuilt the fiddliest screens of {S} without a single regression.",
           "Paired with me on {S} and taught me more about state management than any course."],
    "REL": ["Calm and methodical during the incident on {S}; the runbook that came out of it is excellent.",
            "Set up alerts for {S} that caught two problems before customers did."],
    "QA": ["Caught the edge cases in {S} that would have hit our biggest customers.",
           "The test checklist from {S} is now the one everyone copies."],
    "IXD": ["The flows for {S} made a complicated problem feel simple.",
            "Ran a great sketching session for {S} and got ideas out of everyone, not just the designers."],
    "UR": ["The interviews for {S} changed what we built, for the better.",
           "Turned a dozen customer calls about {S} into three findings we could act on."],
    "A11Y": ["Taught the whole team how to test {S} with a screen reader.",
             "The accessibility review of {S} was thorough, practical and kind."],
    "AN": ["The baseline numbers for {S} settled a week-long debate in ten minutes.",
           "Built the data model behind {S} and explained every assumption in plain words."],
    "EXP": ["Designed the experiment for {S} properly, stopping rule and all.",
            "Talked us out of calling the test on {S} early, which saved us from the wrong conclusion."],
    "DE": ["Kept the pipeline for {S} running through the migration with no data loss.",
           "Made the tables behind {S} understandable for people who are not data engineers."],
    "COPY": ["The copy for {S} is shorter, clearer and friendlier than what we had.",
             "Rewrote the messages for {S} in a day, and support tickets dropped the week after."],
    "PMM": ["The launch plan for {S} got sales and support ready on time.",
            "Explained {S} to customers better than we could explain it to ourselves."],
    "COM": ["The status notes on {S} were the clearest I have read this year."],
    "DATA": ["Asked the right data questions about {S} before anyone wrote a query."],
    "DES": ["Kept the design direction for {S} coherent while everything else changed."],
    "ENG": ["Kept the technical plan for {S} realistic and honest."],
}

# --------------------------------------------------------------------------------------
# Decision templates. {X} = subject, {Xc} = capitalised subject, {I} = initiative subject.
# --------------------------------------------------------------------------------------

T = [
    dict(key="flag", title="Roll out {X} behind a feature flag", kinds="flag", areas="BE FE REL QA",
         methods={"expert": 3, "advice": 3, "consent": 2},
         context="As part of {I}, we are about to change {X} for every account. We need a rollout plan that lets "
                 "us back out quickly if something goes wrong.",
         options=["Staged rollout behind a feature flag: 10%, then 50%, then everyone",
                  "Release to everyone in one go", "Invite-only beta with twenty friendly customers first"],
         rationale=["We can switch it off in minutes if support tickets spike, and the flag costs half a day.",
                    "The change is small and easy to revert; a staged rollout would only slow us down.",
                    "We want qualitative feedback before the numbers, and the beta group is already set up."],
         commits=["Set up the feature flag for {X} and write down the rollback steps",
                  "Watch error rates and support tickets while {X} rolls out",
                  "Tell customer support before each rollout stage of {X}"]),
    dict(key="cut", title="Cut {X} from the first release", kinds="plan", areas="",
         methods={"consent": 3, "consensus": 2, "advice": 2, "majority_vote": 1},
         context="We are behind on {I} and {X} is the largest piece still open. Keeping it means moving the date.",
         options=["Cut it and revisit after launch", "Keep it and move the launch by two weeks",
                  "Ship a reduced version without the edge cases"],
         rationale=["Customers asked for the core flow; nobody in the interviews mentioned {X}.",
                    "The sales team has been promising {X}; two weeks is an acceptable cost.",
                    "The reduced version covers most accounts and keeps the date."],
         commits=["Move the remaining tickets for {X} to the post-launch backlog",
                  "Let the sales team know what changed about {X} in the first release",
                  "Update the launch plan to reflect the decision on {X}"]),
    dict(key="abtest", title="Run an A/B test on {X}", kinds="ab", areas="EXP AN",
         methods={"expert": 4, "advice": 2},
         context="We have two versions of {X} and strong opinions on both sides. Traffic is high enough to test "
                 "properly as part of {I}.",
         options=["Two-week A/B test with a success metric agreed up front",
                  "Ship the new version and compare before and after", "Keep the current version and move on"],
         rationale=["We get a clear answer in two weeks and stop arguing from taste.",
                    "Traffic is too seasonal for a clean test right now; a before-and-after comparison is good enough.",
                    "The expected gain is too small to justify the engineering time."],
         commits=["Write the hypothesis and stopping rule for the test on {X}",
                  "Set up tracking for both versions of {X}",
                  "Share the results of the test on {X} at the weekly demo"]),
    dict(key="validate", title="Test {X} with customers before building", kinds="ui", areas="UR IXD",
         methods={"advice": 3, "consent": 2, "expert": 2},
         context="We are about to commit engineering time to {X}. Nobody has checked the idea with customers yet.",
         options=["Five customer interviews first", "A clickable prototype tested with ten customers",
                  "Build it and learn from usage data"],
         rationale=["Five interviews take a week and could save us a month of building the wrong thing.",
                    "The prototype is nearly done anyway, and watching people use it tells us more than asking.",
                    "It is cheap to build and easy to remove; usage data will be more honest than interviews."],
         commits=["Recruit five customers to talk about {X}", "Write the interview guide for {X}",
                  "Share the research findings on {X} with the team"]),
    dict(key="postpone", title="Postpone {X} to next quarter", kinds="plan process", areas="",
         methods={"consent": 3, "consensus": 2, "majority_vote": 1},
         context="Capacity on {I} is tight, and work on {X} competes with work that customers are waiting for.",
         options=["Postpone it to next quarter", "Keep it in this quarter and drop something else",
                  "Do a smaller first step now"],
         rationale=["Nothing breaks if {X} waits; the other work has customers waiting on it.",
                    "Work on {X} unblocks two other pieces of work, so delaying it costs more than it saves.",
                    "A small first step keeps momentum without taking people away from the urgent work."],
         commits=["Move {X} to next quarter's planning board", "Write a short note on why we postponed {X}",
                  "Check with customer success which accounts are waiting for {X}"]),
    dict(key="simplify", title="Simplify {X}", kinds="ui content", areas="IXD COPY UR",
         methods={"expert": 2, "advice": 3, "consensus": 1},
         context="Support tickets and session recordings show people getting lost in {X}.",
         options=["Remove the rarely used settings", "Keep everything but improve the defaults",
                  "Split it into basic and advanced views"],
         rationale=["Fewer than 3% of accounts touch those settings; removing them helps everyone else.",
                    "Power users rely on every setting; better defaults fix the problem without taking anything away.",
                    "Both groups get what they need, and the basic view becomes the default."],
         commits=["Sketch the simplified version of {X}",
                  "List the accounts that use the settings we plan to remove from {X}",
                  "Write the in-app note explaining the changes to {X}"]),
    dict(key="rebuild", title="Rebuild or keep patching {X}", kinds="sys", areas="BE FE API DE",
         methods={"expert": 4, "advice": 3},
         context="We have fixed six bugs in {X} in three months, and every change takes longer than the last.",
         options=["Rebuild in small steps behind the current interface", "Keep patching and write better tests",
                  "Rewrite in one go"],
         rationale=["Step-by-step replacement keeps us shippable the whole time.",
                    "The bugs cluster in one module; tests around it buy us time at a fraction of the cost.",
                    "The code is small enough that a clean rewrite is faster than incremental work."],
         commits=["Write the plan for replacing {X} step by step", "Add tests around the current behaviour of {X}",
                  "Estimate the remaining work on {X} for the next planning session"]),
    dict(key="metric", title="Agree on a success metric for {X}", kinds="ui ab metric", areas="AN EXP DATA",
         methods={"consensus": 2, "advice": 3, "expert": 2},
         context="We keep debating whether the work on {X} is paying off, because we never agreed what success "
                 "looks like.",
         options=["Share of active accounts using it each week", "Number of support tickets that mention it",
                  "Time taken to finish the task"],
         rationale=["Weekly usage is easy to measure and hard to game.",
                    "Support tickets are the pain we set out to reduce in the first place.",
                    "Time on task is closest to what customers tell us they care about."],
         commits=["Add the success metric for {X} to the team dashboard",
                  "Write down the baseline for {X} before the change ships",
                  "Review the metric for {X} with the team after four weeks"]),
    dict(key="scope", title="Agree on the scope of {X}", kinds="plan process", areas="",
         methods={"consensus": 2, "consent": 3},
         context="The team has three different pictures of what the work on {X} includes, and estimates vary by a "
                 "factor of four.",
         options=["Minimum version: the one flow most customers need",
                  "Full version as described in the original proposal",
                  "Minimum version now, the rest planned for the following month"],
         rationale=["The minimum version answers the question we are actually asking.",
                    "Doing it in full avoids a second round of disruption for customers.",
                    "Phasing keeps the first release small without losing the rest."],
         commits=["Write the one-page scope for {X}", "Split the tickets for {X} into this month and later",
                  "Walk the team through the agreed scope of {X}"]),
    dict(key="reviewers", title="Decide who reviews changes to {X}", kinds="tech content", areas="",
         methods={"consent": 3, "delegated": 2, "advice": 1},
         context="Changes to {X} have gone out without review twice this quarter, and one of them caused problems "
                 "for customers.",
         options=["The person with the most expertise in the area reviews every change", "Any two teammates can approve",
                  "Rotate the reviewer every week"],
         rationale=["Expertise matters more than headcount here; one knowledgeable reviewer is faster and safer.",
                    "Two reviewers spread the knowledge and avoid a bottleneck.",
                    "Rotating spreads knowledge and stops one person becoming the bottleneck."],
         commits=["Add a review rule for {X} to the repository settings",
                  "Document the review process for {X} in the handbook",
                  "Pair with the reviewer on the next change to {X}"]),
    dict(key="buy", title="Decide whether to buy or build {X}", kinds="svc", areas="BE REL DE API",
         methods={"advice": 3, "expert": 2, "consensus": 1},
         context="We need {X} for {I}. There are two mature services on the market, and we have built something "
                 "similar before.",
         options=["Build it ourselves", "Buy an off-the-shelf service", "Use an open-source library and extend it"],
         rationale=["It is core to the product, and the vendors do not handle our booking model.",
                    "It is not our core business, and the service costs less per year than a month of engineering time.",
                    "The library covers most of what we need and we keep control of the data."],
         commits=["Compare the two vendors for {X} on price and data handling",
                  "Build a one-day spike of {X} to test the approach",
                  "Write up the buy-or-build decision on {X} for finance"]),
    dict(key="launch", title="Pick a launch date for {X}", kinds="ui", areas="PMM COM",
         methods={"consensus": 2, "advice": 2, "delegated": 2, "majority_vote": 1},
         context="Work on {X} is nearly done. Marketing, support and engineering all have constraints on timing.",
         options=["Launch on a Tuesday early in the month", "Launch as soon as it is ready",
                  "Launch together with the quarterly product update"],
         rationale=["Support is fully staffed early in the month, and a Tuesday gives us time to react before the "
                    "weekend.",
                    "Customers are waiting; every week of delay costs us trial conversions.",
                    "One bigger announcement gets more attention than several small ones."],
         commits=["Put the launch date for {X} in the shared calendar",
                  "Brief customer support on {X} a week before launch", "Draft the launch announcement for {X}"]),
    dict(key="plain", title="Rewrite the wording of {X} in plain language", kinds="content", areas="COPY A11Y UR",
         methods={"expert": 4, "advice": 2},
         context="Customers quote the wording of {X} back to us in support tickets, usually with a question mark.",
         options=["Rewrite it in plain language and test it with five customers",
                  "Keep the wording and add a help link", "Rewrite it together with the legal team"],
         rationale=["Plain language cut tickets by a third the last time we did this.",
                    "The wording has been through legal review, and changing it now would delay the release.",
                    "Legal has to sign off anyway, so writing it together saves a round trip."],
         commits=["Draft plain-language wording for {X}", "Test the new wording of {X} with five customers",
                  "Add examples from {X} to the style guide"]),
    dict(key="a11y", title="Make {X} fully keyboard and screen-reader accessible", kinds="ui", areas="A11Y FE IXD",
         methods={"expert": 4, "consent": 2},
         context="The accessibility audit flagged {X} as a blocker for at least one large customer.",
         options=["Fix it now, before any other work on it", "Fix it in the next release",
                  "Fix the worst issues now and the rest in the next release"],
         rationale=["It blocks real customers today and the fixes are well understood.",
                    "The current release is already in testing; squeezing fixes in now risks regressions.",
                    "The worst issues block people; the rest are annoying but workable."],
         commits=["Fix the keyboard focus order in {X}", "Add screen-reader labels to {X}",
                  "Retest {X} with NVDA and VoiceOver"]),
    dict(key="old", title="Keep the old version of {X} available for a month", kinds="ui", areas="UR PMM COM FE",
         methods={"consent": 2, "advice": 2, "consensus": 1},
         context="Some long-standing customers have built habits around {X} as it is today.",
         options=["Keep a 'switch back' option for a month", "Switch everyone over at once",
                  "Keep the old version only for accounts that ask"],
         rationale=["A month is enough for people to adjust, and it tells us who really depends on the old version.",
                    "Running two versions doubles the support load; one clear switch is kinder in the end.",
                    "Only a handful of accounts will care, and support can turn it on for them."],
         commits=["Add a 'switch back' link for {X}", "Email long-standing customers about the change to {X}",
                  "Remove the old version of {X} once the month is over"]),
    dict(key="track", title="Track usage of {X} in the warehouse", kinds="ui", areas="DE AN",
         methods={"expert": 3, "delegated": 2, "advice": 1},
         context="We cannot tell how many customers use {X}, which turns every prioritisation argument about it "
                 "into a guess.",
         options=["Add events and a daily table in the warehouse", "Use the product analytics tool only",
                  "Skip it for now"],
         rationale=["Warehouse tables let us join usage with billing and support data.",
                    "The analytics tool answers the basic question today, with no pipeline work.",
                    "We already know usage is low; measuring it precisely will not change the plan."],
         commits=["Add tracking events for {X}", "Build the daily usage table for {X}",
                  "Add usage of {X} to the monthly product review"]),
    dict(key="support", title="Document {X} for customer support", kinds="ui", areas="COPY COM",
         methods={"delegated": 3, "consent": 1, "advice": 2},
         context="Support learned about the last change to {X} from a customer. We want to avoid that next time.",
         options=["Write a support guide before every release", "Record a short walkthrough video",
                  "Invite support to the weekly demo instead"],
         rationale=["A written guide is searchable when a ticket comes in at 7 a.m.",
                    "A five-minute video is quicker to make and quicker to watch.",
                    "Support hears about changes first-hand and can ask questions straight away."],
         commits=["Write the support guide for {X}", "Update the help centre article on {X}",
                  "Walk the support team through {X}"]),
    dict(key="deadline", title="Set a deadline for {X}", kinds="plan process", areas="",
         methods={"consent": 2, "delegated": 1, "consensus": 1, "majority_vote": 1},
         context="Work on {X} has no end date and keeps slipping down the list.",
         options=["Finish it by the end of the month", "Finish it by the end of the quarter",
                  "Time-box it to one week and ship whatever is done"],
         rationale=["A month is realistic with one person on it, and it unblocks the release.",
                    "The quarter leaves room for the work already promised to customers.",
                    "A hard time-box forces the scope conversation we have been avoiding."],
         commits=["Break {X} into tasks that fit the deadline", "Report progress on {X} in the weekly sync",
                  "Flag any risk to the deadline for {X} early"]),
    dict(key="trial", title="Trial {X} for a month", kinds="trial", areas="",
         methods={"consent": 4, "consensus": 1},
         context="Several people want to try a new approach to {X}; others are unsure it is worth the overhead.",
         options=["Trial it for a month, then review", "Adopt it permanently now", "Do not change anything yet"],
         rationale=["A month is long enough to learn and short enough that nobody feels locked in.",
                    "Everyone already agrees on the change; a trial would just delay it.",
                    "The team is in the middle of a release, and changing how we work now adds risk."],
         commits=["Write down how {X} will work during the trial", "Collect feedback on {X} at the end of the month",
                  "Book the review of the trial of {X}"]),
    dict(key="agree", title="Agree on {X}", kinds="process rule", areas="",
         methods={"consensus": 3, "consent": 3, "advice": 1},
         context="There is no written agreement on {X}, and people have been working from different assumptions.",
         options=["Adopt the draft shared in the team channel", "Adopt the draft with the changes suggested in review",
                  "Leave it informal for now"],
         rationale=["The draft already reflects how most of us work; writing it down removes the guesswork.",
                    "The review comments made the draft clearer and fairer, and the amended version has broad support.",
                    "It is not causing real problems yet, and the team has more urgent things to settle."],
         commits=["Publish the agreement on {X} in the handbook", "Walk new joiners through {X}",
                  "Review {X} after the first quarter"]),
    dict(key="owner", title="Choose who looks after {X}", kinds="process sys", areas="",
         methods={"delegated": 2, "consent": 2, "advice": 2},
         context="Nobody has clearly looked after {X} since the work was reorganised, and questions about it go "
                 "unanswered.",
         options=["The person with the deepest expertise looks after it", "Rotate it every quarter",
                  "Make it a shared responsibility of the whole team"],
         rationale=["Expertise should lead: the person who knows it best can answer most questions in minutes.",
                    "Rotating spreads the knowledge and protects us when someone leaves.",
                    "It needs very little attention and everyone touches it anyway."],
         commits=["Write a short guide to {X} for whoever looks after it next", "List the open questions about {X}",
                  "Set up a monthly check of {X}"]),
]
TEMPLATES = {t["key"]: t for t in T}

SUPERSEDE_TITLES = ["Change course on {X}", "Revisit the approach to {X}"]
SUPERSEDE_TRIGGERS = [
    "The first weeks showed it was not working as intended.",
    "Support tickets went up in the first two weeks.",
    "A large customer raised a blocker we had not anticipated.",
    "The work took three times longer than estimated.",
    "The retrospective surfaced problems we had not seen at the time.",
    "The team's capacity changed after the last planning session.",
]
REVERSAL_REASONS = [
    "it created more support tickets than it saved",
    "the customer it was mainly for did not renew",
    "legal advised against it after a second review",
    "the cost turned out to be three times the estimate",
    "it clashed with the payment provider's rules",
    "the team could not keep it up alongside the roadmap work",
]
WITHDRAW_REASONS = [
    "Withdrawn by the proposer after the advice round: the problem turned out to be a configuration issue.",
    "Withdrawn: overtaken by a wider change that removes the need for it.",
    "Withdrawn after objections; it needs more research first.",
    "Withdrawn when the initiative was re-scoped.",
    "Withdrawn: the customer who asked for it found a workaround.",
]

# Team-level decisions (no initiative), hand-written.
TEAM_DECISIONS = [
    dict(k="advice", date="2024-11-12", title="Adopt the advice process for decisions that cross areas",
         method="consensus", areas=[], acc="elena", prop="marcus",
         context="Decisions that touch more than one area either stall or get escalated to a manager. We want "
                 "leadership to follow expertise rather than job titles.",
         options=["Advice process: whoever decides asks the people affected and the experts, then decides",
                  "Managers decide anything that crosses areas", "Majority vote in the weekly sync"],
         rationale="The people closest to the work make better calls, and asking for advice keeps everyone "
                   "informed without creating a bottleneck.",
         commits=["Write the advice process guide for the team handbook",
                  "Run a 30-minute session on the advice process for the whole team"]),
    dict(k="log", date="2024-11-19", title="Log every team decision in Baton", method="consent", areas=[],
         acc="marcus", prop="fatima",
         context="We could not find the reasoning behind three decisions last quarter and ended up having the same "
                 "arguments again.",
         options=["Log every decision in Baton with its method, participants and rationale",
                  "Log only decisions that affect customers", "Keep using meeting notes"],
         rationale="A single log shows who decided what and why, and makes it easy to review decisions on time.",
         commits=["Enter last quarter's decisions in Baton", "Add a 'log the decision' step to the weekly sync agenda"]),
    dict(k="standup1", date="2024-12-03", title="Move stand-up from 9:15 to 9:45", method="majority_vote", areas=[],
         acc="marcus", prop="aiko", status="superseded",
         context="Three people with school runs regularly miss the 9:15 stand-up.",
         options=["9:45", "Keep 9:15", "Written stand-up in the team channel"],
         rationale="9:45 works for everyone who voted and costs nothing.",
         commits=["Move the stand-up calendar invite to 9:45"]),
    dict(k="demo", date="2024-12-10", title="Hold the weekly demo on Thursdays at 15:00", method="majority_vote",
         areas=[], acc="fatima", prop="olivia",
         context="The demo moves around every week and half the team misses it.",
         options=["Thursday 15:00", "Friday 11:00", "Every other Monday"],
         rationale="Thursday afternoon had the most votes and leaves Friday for fixes.",
         commits=["Book the Thursday demo slot for the next six months"]),
    dict(k="nomeet", date="2025-01-14", title="Make Wednesday afternoons meeting-free", method="consent", areas=[],
         acc="elena", prop="tomas",
         context="Engineers and designers report fewer than two uninterrupted hours a day.",
         options=["No meetings on Wednesday afternoons, as a one-quarter trial", "No meetings before 11:00 every day",
                  "Leave calendars as they are"],
         rationale="One protected half-day is easy to remember, and nobody objected in the consent round.",
         commits=["Add the meeting-free block to the team calendar",
                  "Check in on meeting-free Wednesdays at the end of the quarter"]),
    dict(k="wcag", date="2025-01-28", title="Adopt WCAG 2.2 AA as the accessibility baseline", method="expert",
         areas=["A11Y"], acc="ingrid", prop="aiko",
         context="Two enterprise prospects asked for an accessibility conformance report, and we have no agreed "
                 "standard.",
         options=["WCAG 2.2 AA for all new work, existing screens fixed over the year", "WCAG 2.1 AA only",
                  "Fix issues as customers report them"],
         rationale="2.2 AA is what procurement teams ask for, and targeting it for new work costs little.",
         commits=["Publish the accessibility baseline in the design system docs",
                  "Schedule the accessibility audit of existing screens"]),
    dict(k="retro", date="2025-02-04", title="Rotate the retrospective facilitator every sprint", method="consent",
         areas=[], acc="elena", prop="grace",
         context="Elena and Marcus facilitate every retrospective, so the same voices shape the format.",
         options=["Rotate through the whole team", "Keep the managers facilitating",
                  "Bring in an outside facilitator once a quarter"],
         rationale="Facilitation is a skill anyone can build, and rotating brings in new formats.",
         commits=["Publish the retrospective facilitator rota", "Write a one-page guide to facilitating a retrospective"]),
    dict(k="buddy", date="2025-02-18", title="Give every new joiner an onboarding buddy from another discipline",
         method="consent", areas=[], acc="elena", prop="fatima",
         context="Samuel starts in March, and the last two new joiners said they only got to know their own "
                 "discipline in their first month.",
         options=["A buddy from another discipline for the first six weeks", "A buddy from the same discipline",
                  "No formal buddy"],
         rationale="Cross-discipline buddies help new joiners see how leadership moves between areas.",
         commits=["Pair Samuel with an onboarding buddy", "Write the onboarding buddy checklist"]),
    dict(k="migrations", date="2025-02-25", title="Require two reviewers for database migrations", method="expert",
         areas=["BE"], acc="kwame", prop="mateo",
         context="A migration locked the bookings table for eleven minutes in February.",
         options=["Two reviewers, one of them with Backend expertise at level 4 or above",
                  "One reviewer plus an automated lock check", "No change"],
         rationale="Migrations are rare and expensive to get wrong; a second pair of expert eyes is cheap.",
         commits=["Add the two-reviewer rule for migrations to the repository settings",
                  "Write the migration review checklist"]),
    dict(k="plaincopy", date="2025-03-11", title="Use plain English and sentence case in all product copy",
         method="expert", areas=["COPY"], acc="daniel", prop="hannah",
         context="The product mixes title case, sentence case and three different words for 'booking'.",
         options=["Plain English, sentence case and one shared glossary", "Leave copy decisions to each designer",
                  "Hire an agency to rewrite everything"],
         rationale="Consistent, plain copy reduces support tickets and will be easier to translate later.",
         commits=["Publish the copy style guide", "Fix the ten most visible title-case strings"]),
    dict(k="oncall", date="2025-03-25", title="Publish the on-call schedule a month ahead", method="delegated",
         areas=["REL"], acc="mateo", prop="marcus",
         context="People find out they are on call the Friday before, which makes it hard to plan weekends.",
         options=["Publish a month ahead with swaps allowed up to a week before", "Publish a week ahead",
                  "Keep the current approach"],
         rationale="A month's notice is fair to everyone, and allowing swaps keeps it flexible.",
         commits=["Publish the on-call schedule for the next month", "Write the on-call swap rules"]),
    dict(k="expreview", date="2025-04-01", title="Hold a shared experiment review every two weeks", method="advice",
         areas=["EXP"], acc="noor", prop="priya",
         context="Experiments are designed in isolation and some have run for weeks without enough traffic to "
                 "answer their question.",
         options=["A fortnightly 45-minute review open to everyone", "A written review template only",
                  "Review experiments only when they finish"],
         rationale="Reviewing designs before launch catches underpowered tests while they are still cheap to fix.",
         commits=["Set up the fortnightly experiment review", "Write the experiment design template"]),
    dict(k="active", date="2025-04-15", title="Define 'active account' the same way in every report", method="expert",
         areas=["AN"], acc="priya", prop="olivia",
         context="Sales, finance and product report three different numbers of active accounts.",
         options=["An account with at least one booking in the last 28 days",
                  "An account that logged in during the last 30 days", "A paying account, regardless of activity"],
         rationale="Bookings are the value customers pay for; logins overstate engagement.",
         commits=["Update every dashboard to the agreed definition of an active account",
                  "Explain the new definition of an active account at the company all-hands"]),
    dict(k="consentrec", date="2025-04-22", title="Record customer interviews only with written consent",
         method="expert", areas=["UR"], acc="sofia", prop="fatima",
         context="We started recording interviews to share them with the team, but consent was only ever verbal.",
         options=["Written consent before every recording, kept with the notes", "Verbal consent noted in the file",
                  "Stop recording and rely on notes"],
         rationale="Written consent protects customers and us, and takes one minute per interview.",
         commits=["Write the recording consent form", "Delete recordings that have no written consent"]),
    dict(k="standup2", date="2025-05-06", title="Cap stand-up at fifteen minutes and move it to 10:00",
         method="consent", areas=[], acc="marcus", prop="jonas", supersedes="standup1",
         context="Since the move to 9:45, stand-up has drifted to thirty minutes and clashes with the design critique "
                 "on Tuesdays.",
         options=["10:00 with a hard fifteen-minute cap", "Keep 9:45 and add a timer", "Three stand-ups a week instead of five"],
         rationale="A later start avoids the critique clash, and the cap keeps it short; longer discussions move to "
                   "threads.",
         commits=["Move the stand-up invite to 10:00 for fifteen minutes",
                  "Start a parking-lot thread for topics that run over"]),
    dict(k="points", date="2025-05-20", title="Stop estimating in story points", method="consensus", areas=[],
         acc="marcus", prop="kwame", status="reversed",
         reversal=("2025-09-09", "finance needed effort estimates for the capitalisation report, so we went back to "
                                 "rough sizing"),
         context="Estimation sessions take two hours a fortnight and the numbers are not used for planning.",
         options=["Stop estimating and split work into items of a day or two", "Keep story points",
                  "Estimate in days instead"],
         rationale="Small, similar-sized items give us the same forecasting accuracy without the sessions.",
         commits=["Cancel the fortnightly estimation session", "Write guidance on splitting work into small items"]),
    dict(k="critique", date="2025-06-10", title="Open the design critique to engineers", method="consent",
         areas=["DES"], acc="elena", prop="jonas",
         context="Engineers often see designs for the first time at hand-off, when changes are expensive.",
         options=["Open the weekly critique to anyone who wants to join", "Invite one engineer per initiative",
                  "Keep the critique for designers only"],
         rationale="Earlier engineering input catches feasibility problems while they are cheap to fix.",
         commits=["Move the design critique to a bigger room and open the invite"]),
    dict(k="endorse", date="2025-06-24", title="Write an endorsement when someone helps outside their role",
         method="consent", areas=[], acc="elena", prop="sofia",
         context="A lot of expertise in the team is invisible because it does not match anyone's job title.",
         options=["Write a short endorsement in Baton whenever it happens", "Mention it in the retrospective",
                  "Leave it to managers to notice"],
         rationale="Endorsements make expertise visible, which is what lets leadership follow it.",
         commits=["Add endorsements to the weekly sync agenda for a month"]),
    dict(k="maint", date="2025-07-08", title="Reserve 20% of engineering time for maintenance", method="consensus",
         areas=["ENG"], acc="kwame", prop="tomas",
         context="Maintenance work only happens after incidents, and the list of known problems keeps growing.",
         options=["20% of every sprint, chosen by the engineers", "One maintenance sprint per quarter",
                  "Keep handling it case by case"],
         rationale="A steady share is easier to plan around than a maintenance sprint that always gets postponed.",
         commits=["Tag maintenance work on the board so the share is visible", "Review the maintenance share after a quarter"]),
    dict(k="planning", date="2025-08-19", title="Run quarterly planning as a two-day workshop",
         method="majority_vote", areas=[], acc="fatima", prop="elena",
         context="Planning over three weeks of short meetings leaves people unsure what was agreed.",
         options=["A two-day workshop in the office", "Four half-day sessions online", "Keep the current format"],
         rationale="Most people voted for two focused days together, and the travel budget allows it.",
         commits=["Book the room and travel for the planning workshop", "Send the planning workshop agenda a week ahead"]),
    dict(k="threads", date="2025-09-30",
         title="Discuss decisions in progress in channel threads, not direct messages", method="consent",
         areas=["COM"], acc="fatima", prop="daniel",
         context="Important context for decisions is scattered across private messages that nobody else can read.",
         options=["Threads in the team channel for anything being decided", "A weekly written summary instead",
                  "No rule"],
         rationale="Open threads let anyone affected give advice, and the context is easy to link from Baton.",
         commits=["Pin a short note about decision threads in the team channel"]),
    dict(k="handbook", date="2025-10-07", title="Replace the internal wiki with a team handbook repository",
         method="advice", areas=["COPY"], acc="daniel", prop="jonas",
         context="The wiki has 900 pages, most of them out of date, and search rarely finds the right one.",
         options=["A versioned handbook repository with owners per section", "Clean up the wiki",
                  "Buy a knowledge-base tool"],
         rationale="Owners per section and review on change keep the handbook honest; the advice round was "
                   "strongly in favour.",
         commits=["Move the twenty most-read wiki pages to the handbook", "Assign an owner to every handbook section"]),
    dict(k="freeze", date="2025-11-18", title="Freeze releases during the last week of December", method="consent",
         areas=["REL"], acc="mateo", prop="grace",
         context="Half the team is away over the holidays, and last year's Boxing Day release needed a rollback.",
         options=["No releases from 22 December to 2 January, except security fixes", "Releases as usual",
                  "Only small releases with two reviewers"],
         rationale="The risk is not worth it with a skeleton crew; security fixes still go out.",
         commits=["Announce the December release freeze", "Add the release freeze to the on-call handbook"]),
    dict(k="accountable", date="2025-12-09", title="Name one accountable person for every commitment made in a meeting",
         method="consensus", areas=[], acc="marcus", prop="grace",
         context="Actions from meetings are recorded as 'the team will…', and a third of them never happen.",
         options=["One named owner for every commitment, recorded in Baton", "Owners only for commitments over a day",
                  "Keep the current practice"],
         rationale="When everyone owns something, nobody does; one accountable person makes follow-up possible.",
         commits=["Add an 'owner' column to the meeting notes template"]),
    dict(k="offsite", date="2026-01-20", title="Move the team offsite from March to May", method="majority_vote",
         areas=[], acc=None, prop="olivia", status="withdrawn",
         context="March clashes with the end of the payment migration clean-up and two planned holidays.",
         options=["Move it to May", "Keep it in March", "Hold it online instead"],
         rationale="Withdrawn: the venue could only offer March, so there was nothing left to vote on.",
         commits=[]),
    dict(k="review", date="2026-02-03", title="Review open commitments at the start of every weekly sync",
         method="consent", areas=[], acc="marcus", prop="fatima",
         context="Overdue commitments are only noticed when someone asks about them, often weeks later.",
         options=["Ten minutes on overdue and due-this-week commitments at the start of the sync",
                  "A monthly commitments review", "Leave it to each owner"],
         rationale="A short, regular look keeps commitments honest without turning the sync into a status meeting.",
         commits=["Add the commitments review to the weekly sync agenda"]),
    dict(k="metrics", date="2026-03-17", title="Share the quarterly product metrics with the whole company",
         method="advice", areas=["AN", "COM"], acc="priya", prop="olivia",
         context="Other teams make plans based on out-of-date numbers they heard second-hand.",
         options=["A short written metrics update every quarter", "A presentation at the all-hands",
                  "Share the dashboard link only"],
         rationale="A written update with context avoids numbers being misread, and it can be linked later.",
         commits=["Write the first quarterly metrics update", "Agree the metrics update format with finance"]),
    dict(k="legacy", date="2026-04-14", title="Retire the legacy admin panel", method="expert", areas=["BE"],
         acc="kwame", prop="samuel",
         context="The legacy admin panel runs on an unsupported framework and only three internal people still use it.",
         options=["Retire it by the end of June after moving the last three tools", "Keep it running",
                  "Rebuild it inside the main app"],
         rationale="It is a security risk, and the three remaining tools are small enough to move.",
         commits=["Move the last three tools out of the legacy admin panel", "Switch off the legacy admin panel"]),
    dict(k="hire", date="2026-05-12", title="Hire a second data engineer", method="advice", areas=["DATA", "DE"],
         acc="priya", prop="ravi",
         context="Ravi leaves at the end of June, and he is the only person who knows the pipelines in depth.",
         options=["Hire a data engineer as soon as possible", "Train a backend engineer into the role",
                  "Move the pipelines to a managed service"],
         rationale="The pipelines are too important to depend on one person; a hire plus a proper handover is the "
                   "safest route.",
         commits=["Write the job description for the data engineer role", "Run the first interview round for the data engineer role"]),
    dict(k="glossary", date="2026-07-21", title="Adopt a shared glossary for product terms", method="delegated",
         areas=["COPY"], acc="daniel", prop="elena",
         context="'Booking', 'appointment' and 'slot' are used for the same thing in different parts of the product.",
         options=["One glossary owned by the copywriter, applied to all new copy", "Let each area choose its own terms",
                  "Fix terms only when customers complain"],
         rationale="A single glossary makes the product easier to learn and to translate.",
         commits=["Publish the product glossary", "Replace 'appointment' with 'booking' in the calendar screens"]),
    dict(k="training", date="2026-08-25", title="Pay for accessibility training for the whole team", method="advice",
         areas=["A11Y"], acc="ingrid", prop="li",
         context="Accessibility knowledge sits with two people, and both are asked to review everything.",
         options=["A two-day course for everyone this year", "Training for designers only",
                  "Internal lunch-and-learn sessions only"],
         rationale="Spreading the basics across the team takes load off the experts and catches problems earlier.",
         commits=["Book the accessibility course for the team", "Collect accessibility questions to cover in the course"]),
    dict(k="name", date="2026-10-27", title="Pick a new name for the scheduling area of the product",
         method="majority_vote", areas=["PMM"], acc=None, prop="olivia", status="proposed", decide_by="2026-11-13",
         context="Customers call it 'the calendar', sales calls it 'scheduling' and the product says 'planner'.",
         options=["Calendar", "Schedule", "Planner"], rationale=None, commits=[]),
    dict(k="fourday", date="2026-11-10", title="Trial a four-day week in July and August 2027", method="consent",
         areas=[], acc="elena", prop="aiko", status="proposed", decide_by="2027-01-15",
         context="Several people asked for a summer trial of a four-day week, as other teams in the company did.",
         options=["Trial it in July and August 2027", "Trial it for one month only", "Do not trial it"],
         rationale=None, commits=[]),
]

INIT_COMMITS = [
    "Send the fortnightly status note for {S}",
    "Book the retrospective for {S}",
    "Update the roadmap entry for {S}",
    "Collect three customer quotes about {S}",
    "Clean up the ticket board for {S}",
    "Demo the latest progress on {S} at the weekly demo",
    "Check the budget for {S} with finance",
    "Confirm the remaining dependencies of {S} with the platform team",
    "Prepare the quarterly review slides for {S}",
    "Write the lessons learned from {S} for the handbook",
    "List the open risks on {S} for the weekly sync",
]

DUPLICATE_PAIRS = [
    ("Update the help centre article about {X}", "Update the help-centre article about {X}"),
    ("Tell customer support about the change to {X}", "Tell the customer support team about the change to {X}"),
    ("Add {X} to the release notes", "Add {X} to the next release notes"),
]

COMMENTS = {
    "support": ["Makes sense to me.", "Agree, the evidence is good enough.", "Happy with this.",
                "Yes, and let's check how it went at the review.", "Good call.", "+1, this unblocks my work.",
                "Agreed; I can help with the follow-up.", "Yes. Simple and reversible.",
                "Support, this is what I would have suggested.", "Agreed, thanks for writing it up so clearly."],
    "concern": ["Worried about the timing.", "I can live with it, but let's watch the extra workload.",
                "I'd like a firm review date on this.", "Not convinced yet, but it is safe to try.",
                "OK, but we should tell the people affected first.", "This adds work to a sprint that is already full."],
    "objection": ["I object; the risk is higher than the write-up suggests.", "Not yet: this needs more research first.",
                  "I object to the timing, not the idea.", "I can't support this until we know what it costs us."],
    "abstain": ["Outside my area; happy to go with the experts.", "Abstaining, I haven't followed this closely.",
                "No strong view either way."],
    "none": ["Noted.", "Thanks for the heads-up.", "Noted, no questions.", "Thanks, noted."],
    "pending": ["Will read the proposal before Friday.", "Need to look at the details first.",
                "Can we talk this through at the sync?", "Leaning towards yes; a few questions in the thread."],
    "decider": ["Decided; thanks for the input.", "Deciding this now so the team is unblocked.",
                "Happy with where we landed; I'll own the follow-up.", "Decision made; I'll report back at the review."],
    "decider_advice": ["Going with this; the advice was clear.", "Decided. Thanks everyone for the advice.",
                       "Took the concerns on board and going ahead."],
    "decider_group": ["We have agreement; I'll own the follow-up.", "Everyone is on board; I'll make sure it happens.",
                      "Decided together; I'm accountable for the follow-up."],
    "proposer": ["Raised this at the weekly sync.", "My proposal; details are in the context.",
                 "Proposed after a week of back-and-forth in the thread."],
}
# Extra comments that only make sense for product work (decisions linked to an initiative).
PRODUCT_COMMENTS = {
    "support": ["Support. It matches what customers told us.", "Fine by me as long as support is briefed.",
                "Agree, the numbers back this up."],
    "concern": ["Concerned about how this lands with our largest customers.",
                "I can live with it, but the support load needs watching.",
                "My concern is the extra work for whoever is on call."],
    "objection": ["Objection: we have not tested this with a single customer.",
                  "This would break the export that accountants rely on."],
    "none": ["Will pass this on to support.", "Thanks, noted for the release notes."],
    "proposer": ["Raised this after the last support review."],
}

OUTCOME_DONE = ["Done. Shared in the team channel.", "Done, a day early.", "Done; notes are in the handbook.",
                "Done; confirmed at the weekly sync.", "Done; follow-up questions moved to a new ticket.",
                "Done. Support confirmed they have what they need.", "Done after one round of review.",
                "Done, with help from the supporters."]
OUTCOME_MISSED = ["Missed: other work took priority.", "Missed; ran out of time before the release.",
                  "Missed: the owner was pulled into an incident that week.", "Missed; the due date was not realistic.",
                  "Missed. Picked up again in the next cycle."]
OUTCOME_DROPPED = ["Dropped: no longer needed after the scope change.", "Dropped: overtaken by other work.",
                   "Dropped after discussion at the weekly sync."]


# --------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------

def d(text):
    return date.fromisoformat(text) if text else None


def iso(day):
    return day.isoformat() if day else None


def cap(text):
    return text[:1].upper() + text[1:]


def first_name(member):
    return member["name"].split()[0]


def long_date(day):
    return f"{day.day} {day:%B %Y}"


def rand_date(rng, lo, hi):
    if hi < lo:
        hi = lo
    return lo + timedelta(days=rng.randint(0, (hi - lo).days))


def wchoice(rng, items, weights):
    return rng.choices(items, weights=weights, k=1)[0]


class Ids:
    """UUIDv7-shaped ids from a seeded generator, with a timestamp near the record's date."""

    def __init__(self, seed):
        self.rng = random.Random(seed)

    def new(self, day):
        base = datetime(day.year, day.month, day.day, 7, 0, tzinfo=timezone.utc)
        ms = int(base.timestamp() * 1000) + self.rng.randint(0, 11 * 3600 * 1000)
        value = (ms << 80) | (0x7 << 76) | (self.rng.getrandbits(12) << 64) | (0b10 << 62) | self.rng.getrandbits(62)
        h = f"{value:032x}"
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def stamp(rng, day):
    day = min(day, LAST_DAY)
    return f"{day.isoformat()}T{rng.randint(8, 17):02d}:{rng.randrange(0, 60, 5):02d}:00Z"


# --------------------------------------------------------------------------------------
# Generator
# --------------------------------------------------------------------------------------

class Generator:
    def __init__(self):
        self.rng = random.Random(SEED)
        self.ts_rng = random.Random(SEED + 2)
        self.ids = Ids(SEED + 1)
        self.titles = set()

    # ---- members and areas ----------------------------------------------------------

    def active(self, m, day):
        return m["joined"] <= day and (m["left"] is None or day <= m["left"])

    def active_over(self, m, lo, hi):
        return m["joined"] <= lo and (m["left"] is None or hi <= m["left"])

    def level(self, m, area):
        return m["levels"].get(area, 0)

    def build_members(self):
        self.members = []
        self.by_key = {}
        for key, name, local, title, fac, joined, left, exp in MEMBERS:
            m = dict(key=key, name=name, email=f"{local}@{EMAIL_DOMAIN}", title=title, facilitator=fac,
                     joined=d(joined), left=d(left), exp=exp,
                     levels={row[0]: row[1] for row in exp})
            m["id"] = self.ids.new(m["joined"])
            self.members.append(m)
            self.by_key[key] = m

    def build_areas(self):
        self.areas = []
        self.area_by_key = {}
        for key, name, parent, desc in AREAS:
            a = dict(key=key, name=name, parent=parent, desc=desc, id=self.ids.new(date(2024, 10, 28)))
            self.areas.append(a)
            self.area_by_key[key] = a

    def pick_member(self, lo, hi, focus, others=(), exclude=(), fac_weight=0.4):
        cands, weights = [], []
        for m in self.members:
            if m["key"] in exclude or not self.active_over(m, lo, hi):
                continue
            score = 3 * self.level(m, focus) + sum(self.level(m, a) for a in others if a != focus)
            if score <= 0:
                continue
            w = score ** 2 * (fac_weight if m["facilitator"] else 1.0)
            cands.append(m)
            weights.append(w)
        if not cands:
            cands = [m for m in self.members if m["key"] not in exclude and self.active_over(m, lo, hi)]
            weights = [1] * len(cands)
        return wchoice(self.rng, cands, weights)

    # ---- initiatives ------------------------------------------------------------------

    def build_initiatives(self):
        self.inits = []
        for spec in INITIATIVES:
            it = dict(spec)
            it["start"] = d(spec["start"])
            it["due"] = d(spec["due"])
            it["closed"] = d(spec.get("closed"))
            it["proposed_on"] = d(spec.get("proposed")) or it["start"]
            it["wstart"] = it["proposed_on"]
            it["wend"] = it["closed"] or TODAY            # activity end
            it["dec_end"] = (it["closed"] - timedelta(days=2)) if it["closed"] else DECISION_WINDOW_END
            it["id"] = self.ids.new(it["wstart"])
            it["stints"] = self.make_stints(it)
            self.inits.append(it)
        self.init_by_title = {it["title"]: it for it in self.inits}

    def make_stints(self, it):
        rng = self.rng
        if it["title"] in MANUAL_STINTS:
            out = []
            for key, role, frm, to, reason in MANUAL_STINTS[it["title"]]:
                out.append(dict(member=self.by_key[key], role=role, frm=d(frm), to=d(to), reason=reason,
                                focus=None))
            return out
        S, E = it["wstart"], it["wend"]
        areas = it["areas"]
        if it["status"] == "proposed":
            lead = self.pick_member(S, TODAY, areas[0], areas)
            return [dict(member=lead, role="lead", frm=S, to=None, focus=areas[0],
                         reason="Proposed the initiative and will lead it if the team takes it on")]
        k = wchoice(rng, [1, 2, 3, 4], [15, 40, 30, 15])
        span = (E - S).days
        k = max(1, min(k, 1 + span // 45))
        handoffs = []
        for _ in range(50 if k > 1 else 0):
            lo, hi = S + timedelta(days=30), E - timedelta(days=20)
            picks = sorted({rand_date(rng, lo, hi) for _ in range(k - 1)})
            if len(picks) == k - 1 and all((b - a).days >= 30 for a, b in zip(picks, picks[1:])):
                handoffs = picks
                break
        bounds = [S] + handoffs
        segs = []
        for i, frm in enumerate(bounds):
            to = bounds[i + 1] - timedelta(days=1) if i + 1 < len(bounds) else (it["closed"])
            segs.append((frm, to))
        stints = []
        prev = None
        order = list(areas)
        for i, (frm, to) in enumerate(segs):
            want = order[i % len(order)]
            if prev and want == prev["focus"] and len(order) > 1:
                want = order[(i + 1) % len(order)]
            hi = to or TODAY
            exclude = {prev["member"]["key"]} if prev else set()
            lead = None
            # leadership follows expertise: the lead is proficient (3+) in the segment's focus area
            for focus in [want] + [a for a in order if a != want]:
                cands = [m for m in self.members if m["key"] not in exclude and self.active_over(m, frm, hi)
                         and self.level(m, focus) >= 3]
                if cands:
                    weights = [(self.level(m, focus) ** 2 + 0.5 * sum(self.level(m, a) for a in areas if a != focus))
                               * (0.4 if m["facilitator"] else 1.0) for m in cands]
                    lead = wchoice(rng, cands, weights)
                    break
            if lead is None:
                focus = want
                lead = self.pick_member(frm, hi, focus, areas, exclude=exclude)
            if i == 0:
                reason = rng.choice([
                    "Proposed the initiative and took the lead",
                    "Took the lead at kickoff: the early questions are mostly about {f}",
                    "Volunteered to lead: most of the early work is {f}",
                ]).format(f=FOCUS[focus])
            else:
                pm = prev["member"]
                if pm["left"] and pm["left"] - frm <= timedelta(days=45):
                    reason = f"Handed to {first_name(lead)}: {first_name(pm)} is leaving the team"
                else:
                    options = ["Handed to {n}: the remaining work is mostly {f}",
                               "Handed to {n}: what is left is mostly {f}"]
                    if self.level(lead, focus) >= 4:
                        options.append("Handed to {n}, who knows {f} best, for the next phase")
                    reason = rng.choice(options).format(n=first_name(lead), f=FOCUS[focus])
            st = dict(member=lead, role="lead", frm=frm, to=to, reason=reason, focus=focus)
            stints.append(st)
            prev = st
        # an occasional co-lead
        if rng.random() < 0.4 and span > 60:
            leads = stints
            for _ in range(20):
                focus = rng.choice(areas)
                frm = rand_date(rng, S + timedelta(days=7), E - timedelta(days=30))
                if it["closed"]:
                    to = rand_date(rng, frm + timedelta(days=20), it["closed"])
                else:
                    to = None if rng.random() < 0.5 else rand_date(rng, frm + timedelta(days=20), LAST_DAY)
                hi = to or TODAY
                busy = {s["member"]["key"] for s in leads if s["frm"] <= hi and (s["to"] or TODAY) >= frm}
                cands = [m for m in self.members if m["key"] not in busy and self.active_over(m, frm, hi)
                         and self.level(m, focus) >= 3]
                if not cands:
                    continue
                m = wchoice(rng, cands, [self.level(c, focus) ** 2 for c in cands])
                stints.append(dict(member=m, role="co-lead", frm=frm, to=to, focus=focus,
                                   reason=f"Joined as co-lead to cover {FOCUS[focus]}"))
                break
        return stints

    def lead_on(self, it, day):
        for s in it["stints"]:
            if s["role"] == "lead" and s["frm"] <= day and (s["to"] is None or day <= s["to"]):
                return s["member"]
        return None

    # ---- contributions ----------------------------------------------------------------

    def build_contributions(self):
        rng = self.rng
        self.contribs = []
        for it in self.inits:
            steps = sorted(it["areas"], key=PIPELINE.index)
            if it["status"] == "proposed":
                steps = steps[:1]
            else:
                steps = steps[:4]
            n = len(steps)
            S, E = it["wstart"], it["wend"]
            st = it["status"]
            if st == "completed":
                n_done = n
            elif st == "missed":
                n_done = n - 1
            elif st == "cancelled":
                n_done = max(1, n // 2)
            elif st == "active":
                frac = (TODAY - S).days / max(1, (it["due"] - S).days)
                n_done = min(n - 1, int(frac * n))
            else:
                n_done = 0
            made = []
            for i, area in enumerate(steps):
                work_day = S + timedelta(days=int((E - S).days * (i + 0.5) / n))
                if i < n_done:
                    status = "done"
                elif i == n_done and st != "proposed":
                    status = "blocked" if (st in ("missed", "active") and rng.random() < 0.35) else "in_progress"
                    if st == "cancelled":
                        status = "in_progress"
                else:
                    status = "planned"
                need_to = TODAY if (status != "done" and it["closed"] is None) else work_day
                cands = [m for m in self.members if self.level(m, area) >= 3 and self.active_over(m, work_day, need_to)]
                if not cands:
                    cands = [m for m in self.members if self.level(m, area) >= 2 and self.active_over(m, work_day, need_to)]
                if not cands:
                    cands = [m for m in self.members if self.active_over(m, work_day, need_to)]
                m = wchoice(rng, cands, [max(1, self.level(c, area)) ** 2 for c in cands])
                deps = []
                if i > 0 and rng.random() < 0.85:
                    deps.append(made[i - 1])
                if i > 1 and rng.random() < 0.3:
                    deps.append(made[i - 2])
                c = dict(init=it, member=m, area=area, status=status, deps=deps, work_day=work_day,
                         desc=CONTRIBUTION_TEXT[area].format(S=it["subj"]), id=self.ids.new(work_day))
                made.append(c)
            self.contribs.extend(made)

    # ---- expertise and endorsements -----------------------------------------------------

    def build_expertise(self):
        rng = self.rng
        self.expertise = []
        for m in self.members:
            lo = max(m["joined"], PERIOD_START)
            hi = min(m["left"] or LAST_DAY, LAST_DAY)
            for row in m["exp"]:
                area, lvl = row[0], row[1]
                wants = bool(row[2]) if len(row) > 2 else False
                self.expertise.append(dict(member=m, area=area, level=lvl, wants=wants,
                                           updated=rand_date(rng, lo, hi)))

    def build_endorsements(self, target=60):
        rng = self.rng
        involvement = []
        for c in self.contribs:
            if c["status"] == "done" and self.level(c["member"], c["area"]) >= 2:
                lo, hi = c["work_day"], min(c["work_day"] + timedelta(days=40), c["init"]["wend"], LAST_DAY)
                involvement.append((c["member"], c["area"], c["init"], lo, hi))
        for it in self.inits:
            for s in it["stints"]:
                if s["focus"] and self.level(s["member"], s["focus"]) >= 2:
                    hi = min(s["to"] or LAST_DAY, LAST_DAY)
                    involvement.append((s["member"], s["focus"], it, s["frm"], hi))
        seen = set()
        self.endorsements = []
        tries = 0
        while len(self.endorsements) < target and tries < 5000:
            tries += 1
            m, area, it, lo, hi = rng.choice(involvement)
            lo = max(lo, PERIOD_START)
            if hi < lo:
                continue
            on = rand_date(rng, lo, hi)
            if not self.active(m, on):
                continue
            people = {c["member"]["key"] for c in self.contribs if c["init"] is it}
            people |= {s["member"]["key"] for s in it["stints"]}
            cands = [e for e in self.members if e is not m and self.active(e, on)]
            if not cands:
                continue
            e = wchoice(rng, cands, [4 if e["key"] in people else 1 for e in cands])
            if (e["key"], m["key"], area) in seen:
                continue
            seen.add((e["key"], m["key"], area))
            note = rng.choice(ENDORSEMENT_TEXT[area]).format(S=it["subj"])
            self.endorsements.append(dict(endorser=e, member=m, area=area, note=note, on=on,
                                          id=self.ids.new(on)))
        self.endorsements.sort(key=lambda x: (x["on"], x["id"]))

    # ---- decisions ----------------------------------------------------------------------

    def compatible(self, it):
        pairs = []
        for subj, kinds in it["subjects"]:
            kinds = set(kinds.split())
            if "ui" in kinds:
                kinds |= {"flag", "plan"}
            if "content" in kinds:
                kinds |= {"plan"}
            for t in T:
                if kinds & set(t["kinds"].split()):
                    pairs.append((t["key"], subj))
        return pairs

    def pick_accountable(self, it, areas, lo, hi, method):
        rng = self.rng
        if it is not None:
            lead = self.lead_on(it, lo)
            if lead and self.active_over(lead, lo, hi) and method != "delegated" and rng.random() < 0.45:
                return lead
        focus = areas[0] if areas else "ENG"
        return self.pick_member(lo, hi, focus, areas, fac_weight=0.25 if method == "delegated" else 0.6)

    def make_participants(self, dec, proposer=None):
        """Roles and stances for a decision; accountable (if any) is a decider."""
        rng = self.rng
        status, method = dec["status"], dec["method"]
        lo = dec["proposed_on"]
        hi = dec["decided_on"] or lo
        if status == "withdrawn":
            hi = dec["decide_by"] or lo
        A = dec["accountable"]
        parts = []
        used = set()

        def comments(pool):
            out = list(COMMENTS[pool])
            if dec["init"] is not None:
                out += PRODUCT_COMMENTS.get(pool, [])
            return out

        def add(m, role, stance, pool=None):
            used.add(m["key"])
            choices = [c for c in comments(pool or stance) if c not in {p["comment"] for p in parts}]
            comment = rng.choice(choices or comments(pool or stance))
            parts.append(dict(member=m, role=role, stance=stance, comment=comment))

        n_total = rng.randint(2, 6)
        decided = status in ("decided", "superseded", "reversed")
        if A is not None and not decided:
            # proposed decision with a named decider-to-be
            add(A, "decider", "none", "pending")
        elif A is not None:
            pool = {"advice": "decider_advice", "consensus": "decider_group", "consent": "decider_group"}
            add(A, "decider", "support", pool.get(method, "decider"))
        # proposer
        if proposer is None and not (method in ("advice", "expert") and A is not None and rng.random() < 0.5):
            pool = [m for m in self.members if m["key"] not in used and self.active_over(m, lo, hi)]
            if method == "delegated":
                facs = [m for m in pool if m["facilitator"]]
                pool = facs or pool
            proposer = rng.choice(pool)
        if proposer is not None and proposer["key"] not in used:
            if method == "delegated" and A is not None:
                used.add(proposer["key"])
                parts.append(dict(member=proposer, role="proposer", stance="support",
                                  comment=f"Delegated to {first_name(A)}; happy to go with their call."))
            else:
                add(proposer, "proposer", "support", "proposer")
        # everyone else
        it = dec["init"]
        involved = set()
        if it is not None:
            involved = {c["member"]["key"] for c in self.contribs if c["init"] is it}
            involved |= {s["member"]["key"] for s in it["stints"]}
        pool = [m for m in self.members if m["key"] not in used and self.active_over(m, lo, hi)]
        weights = [1 + sum(self.level(m, a) for a in dec["areas"]) + (3 if m["key"] in involved else 0)
                   for m in pool]
        while len(parts) < n_total and pool:
            m = wchoice(rng, pool, weights)
            i = pool.index(m)
            pool.pop(i)
            weights.pop(i)
            if method in ("consensus", "consent", "majority_vote"):
                role = wchoice(rng, ["decider", "consulted", "informed"], [60, 25, 15])
            elif method == "advice":
                role = wchoice(rng, ["advisor", "consulted", "informed"], [55, 30, 15])
            else:
                role = wchoice(rng, ["advisor", "consulted", "informed"], [30, 50, 20])
            if role == "informed":
                stance = "none"
            elif status == "proposed":
                stance = wchoice(rng, ["none", "support", "concern"], [50, 35, 15])
            elif status == "withdrawn":
                stance = wchoice(rng, ["support", "concern", "objection", "abstain"], [30, 30, 30, 10])
            elif method in ("consensus", "consent"):
                stance = wchoice(rng, ["support", "concern", "abstain"], [78, 17, 5])
            elif method == "majority_vote":
                stance = wchoice(rng, ["support", "concern", "objection", "abstain"], [65, 15, 15, 5])
            else:
                stance = wchoice(rng, ["support", "concern", "objection", "abstain"], [62, 25, 8, 5])
            pool_name = "pending" if (stance == "none" and role != "informed") else stance
            add(m, role, stance, pool_name)
        if status == "withdrawn" and not any(p["stance"] in ("objection", "concern") for p in parts):
            p = parts[-1]
            p["stance"], p["comment"] = "objection", rng.choice(comments("objection"))
            if p["role"] == "informed":
                p["role"] = "consulted"
        return parts

    def build_decisions(self):
        rng = self.rng
        n_team = len(TEAM_DECISIONS)
        n_pairs = 16
        n_base = 300 - n_team - n_pairs
        # allocate base decisions across initiatives by window length (minimum 2, or 3 if not proposed)
        spans = {it["title"]: max(1, (it["dec_end"] - it["wstart"]).days) for it in self.inits}
        mins = {it["title"]: (2 if it["status"] == "proposed" else 3) for it in self.inits}
        rest = n_base - sum(mins.values())
        total_span = sum(spans.values())
        raw = {k: rest * v / total_span for k, v in spans.items()}
        alloc = {k: mins[k] + int(raw[k]) for k in spans}
        left = n_base - sum(alloc.values())
        for k in sorted(spans, key=lambda k: (-(raw[k] - int(raw[k])), k))[:left]:
            alloc[k] += 1
        assert sum(alloc.values()) == n_base

        base = []
        for it in self.inits:
            pairs = self.compatible(it)
            assert len(pairs) >= alloc[it["title"]], it["title"]
            chosen = rng.sample(pairs, alloc[it["title"]])
            for tkey, subj in chosen:
                p = rand_date(rng, it["wstart"], it["dec_end"])
                base.append(dict(init=it, tkey=tkey, subj=subj, proposed_on=p))
        base.sort(key=lambda x: (x["proposed_on"], x["init"]["title"], x["tkey"], x["subj"]))

        # statuses
        for b in base:
            b["status"] = "decided"
        late = [b for b in base if b["init"]["status"] in ("active", "proposed")
                and b["proposed_on"] >= date(2026, 9, 1)]
        forced = [b for b in late if b["proposed_on"] >= date(2026, 11, 5)]
        optional = [b for b in late if b["proposed_on"] < date(2026, 11, 5)]
        n_prop = max(len(forced), 18)
        for b in forced:
            b["status"] = "proposed"
        for b in rng.sample(optional, min(len(optional), n_prop - len(forced))):
            b["status"] = "proposed"
        decided = [b for b in base if b["status"] == "decided" and b["proposed_on"] <= date(2026, 11, 1)]
        for b in rng.sample(decided, 8):
            b["status"] = "withdrawn"

        # dates and methods
        for b in base:
            t = TEMPLATES[b["tkey"]]
            it = b["init"]
            b["method"] = wchoice(rng, list(t["methods"]), list(t["methods"].values()))
            pref = [a for a in t["areas"].split() if a in it["areas"]]
            b["areas"] = pref[:2] if pref else rng.sample(it["areas"], min(len(it["areas"]), rng.randint(1, 2)))
            p = b["proposed_on"]
            b["decide_by"] = p + timedelta(days=rng.randint(7, 21)) if rng.random() < 0.85 else None
            b["decided_on"] = None
            b["review_on"] = None
            if b["status"] == "decided":
                dd = p + timedelta(days=rng.randint(1, 21))
                b["decided_on"] = min(dd, it["dec_end"] if it["closed"] else LAST_DAY, LAST_DAY)
                if b["decided_on"] < p:
                    b["decided_on"] = p
                if rng.random() < 0.55:
                    b["review_on"] = b["decided_on"] + timedelta(days=rng.randint(45, 120))
            elif b["status"] == "withdrawn":
                if b["decide_by"] is None:
                    b["decide_by"] = p + timedelta(days=14)
        proposed = sorted([b for b in base if b["status"] == "proposed"], key=lambda b: b["proposed_on"])
        for i, b in enumerate(proposed):
            if i < 5:   # overdue: decide_by already passed on TODAY
                b["decide_by"] = min(b["proposed_on"] + timedelta(days=rng.randint(7, 14)), TODAY - timedelta(days=2))
                if b["decide_by"] < b["proposed_on"]:
                    b["decide_by"] = b["proposed_on"]
            else:
                b["decide_by"] = max(b["proposed_on"] + timedelta(days=rng.randint(14, 28)),
                                     TODAY + timedelta(days=rng.randint(3, 40)))

        # reversed
        cands = [b for b in base if b["status"] == "decided" and b["decided_on"] <= date(2026, 8, 31)]
        for b in rng.sample(cands, 8):
            b["status"] = "reversed"
            b["reversed_on"] = min(b["decided_on"] + timedelta(days=rng.randint(20, 90)), LAST_DAY)
            b["reversal"] = rng.choice(REVERSAL_REASONS)

        # superseded pairs
        supers = []
        cands = [b for b in base if b["status"] == "decided"]
        rng.shuffle(cands)
        used_subj = set()
        for b in cands:
            if len(supers) == n_pairs:
                break
            it = b["init"]
            lo = b["decided_on"] + timedelta(days=21)
            hi = min(b["decided_on"] + timedelta(days=100), it["dec_end"] - timedelta(days=5),
                     date(2026, 11, 1))
            if hi < lo or b["subj"] in used_subj:
                continue
            used_subj.add(b["subj"])
            t = TEMPLATES[b["tkey"]]
            p = rand_date(rng, lo, hi)
            dd = min(p + timedelta(days=rng.randint(1, 14)), it["dec_end"] if it["closed"] else LAST_DAY)
            b["status"] = "superseded"
            s = dict(init=it, tkey=b["tkey"], subj=b["subj"], proposed_on=p, status="decided", method=b["method"],
                     areas=list(b["areas"]), decide_by=p + timedelta(days=14), decided_on=max(dd, p),
                     review_on=None, supersedes=b, superseder=True)
            if rng.random() < 0.6:
                s["review_on"] = s["decided_on"] + timedelta(days=rng.randint(45, 120))
            supers.append(s)
        assert len(supers) == n_pairs

        # text
        for b in base + supers:
            t = TEMPLATES[b["tkey"]]
            it = b["init"]
            X = b["subj"]
            fmt = dict(X=X, Xc=cap(X), I=it["subj"])
            if b.get("superseder"):
                orig = b["supersedes"]
                b["title"] = rng.choice(SUPERSEDE_TITLES).format(X=X)
                alt = [i for i in range(len(t["options"])) if i != orig["choice"]]
                b["choice"] = rng.choice(alt)
                trig = rng.choice(SUPERSEDE_TRIGGERS)
                b["context"] = (f"On {long_date(orig['decided_on'])} we decided: "
                                f"\u201c{orig['outcome']}\u201d. {trig}")
                b["options"] = [orig["outcome"], t["options"][b["choice"]].format(**fmt)]
                b["outcome"] = b["options"][1]
                b["rationale"] = f"{trig} {t['rationale'][b['choice']].format(**fmt)}"
            else:
                b["title"] = t["title"].format(**fmt)
                b["choice"] = wchoice(rng, [0, 1, 2], [65, 20, 15])
                b["context"] = t["context"].format(**fmt)
                b["options"] = [o.format(**fmt) for o in t["options"]]
                if rng.random() < 0.2:
                    b["options"] = b["options"][:2] if b["choice"] < 2 else b["options"]
                b["outcome"] = b["options"][b["choice"]]
                b["rationale"] = t["rationale"][b["choice"]].format(**fmt)
                if b["status"] == "reversed":
                    b["rationale"] += (f" Reversed on {long_date(b['reversed_on'])}: "
                                       f"{b['reversal']}.")
                if b["status"] in ("proposed", "withdrawn"):
                    b["outcome"] = None
                    b["rationale"] = rng.choice(WITHDRAW_REASONS) if b["status"] == "withdrawn" else None
            b["supersedes"] = b.get("supersedes")
            b["commit_texts"] = [c.format(**fmt) for c in t["commits"]]

        # team-level decisions
        team = []
        team_by_k = {}
        for spec in TEAM_DECISIONS:
            p = d(spec["date"])
            status = spec.get("status", "decided")
            dec = dict(init=None, tkey=None, subj=None, title=spec["title"], context=spec["context"],
                       options=list(spec["options"]), method=spec["method"], status=status,
                       areas=list(spec["areas"]), proposed_on=p, choice=0, commit_texts=list(spec["commits"]),
                       spec=spec, supersedes=None)
            dec["decide_by"] = d(spec.get("decide_by")) or p + timedelta(days=rng.randint(7, 14))
            dec["decided_on"] = None
            dec["review_on"] = None
            dec["outcome"] = dec["options"][0] if status not in ("proposed", "withdrawn") else None
            dec["rationale"] = spec["rationale"]
            if status in ("decided", "superseded", "reversed"):
                dec["decided_on"] = p + timedelta(days=rng.randint(3, 12))
                if rng.random() < 0.6:
                    dec["review_on"] = dec["decided_on"] + timedelta(days=rng.randint(60, 120))
            if status == "reversed":
                rd, why = spec["reversal"]
                dec["reversed_on"] = d(rd)
                dec["rationale"] += f" Reversed on {long_date(d(rd))}: {why}."
            if spec.get("supersedes"):
                dec["supersedes"] = team_by_k[spec["supersedes"]]
            team.append(dec)
            team_by_k[spec["k"]] = dec

        # accountable and participants
        allx = base + supers + team
        for dec in allx:
            lo = dec["proposed_on"]
            hi = dec["decided_on"] or dec["decide_by"] or lo
            if dec["init"] is None:
                spec = dec["spec"]
                dec["accountable"] = self.by_key[spec["acc"]] if spec["acc"] else None
                proposer = self.by_key[spec["prop"]]
                if dec["accountable"] is proposer:
                    proposer = None
            else:
                proposer = None
                need = dec["status"] not in ("proposed", "withdrawn")
                if need or (dec["status"] == "proposed" and rng.random() < 0.5):
                    dec["accountable"] = self.pick_accountable(dec["init"], dec["areas"], lo, hi, dec["method"])
                else:
                    dec["accountable"] = None
            dec["participants"] = self.make_participants(dec, proposer)

        # order: by date proposed, supersession always after what it replaces
        allx.sort(key=lambda x: (x["proposed_on"], x["title"]))
        for dec in allx:
            assert dec["title"] not in self.titles, dec["title"]
            self.titles.add(dec["title"])
            dec["id"] = self.ids.new(dec["proposed_on"])
        self.decisions = allx

    # ---- commitments --------------------------------------------------------------------

    def commitment_state(self, owner, created, due, dec, it):
        """Status, closed_on and outcome for a commitment as seen on TODAY."""
        rng = self.rng
        # natural course
        if due >= TODAY:
            if rng.random() < 0.12 and created < LAST_DAY:
                state = ("done", rand_date(rng, created, LAST_DAY), rng.choice(OUTCOME_DONE))
            else:
                state = ("open", None, None)
        else:
            r = rng.random()
            allow_open = it is None or it["status"] in ("active", "proposed")
            recent = (TODAY - due).days <= 120
            if allow_open and r < (0.25 if recent else 0.04):
                state = ("open", None, None)
            elif r < 0.78:
                state = ("done", rand_date(rng, created, min(due + timedelta(days=5), LAST_DAY)), rng.choice(OUTCOME_DONE))
            elif r < 0.9:
                state = ("missed", min(due + timedelta(days=rng.randint(1, 14)), LAST_DAY), rng.choice(OUTCOME_MISSED))
            else:
                lo = min(created + timedelta(days=1), LAST_DAY)
                state = ("dropped", rand_date(rng, lo, min(due + timedelta(days=10), LAST_DAY)),
                         rng.choice(OUTCOME_DROPPED))
        # events that cut the natural course short
        events = []
        if owner["left"] is not None:
            events.append((owner["left"], f"Dropped: {first_name(owner)} left the team before this was done."))
        if it is not None and it["status"] == "cancelled":
            events.append((it["closed"], "Dropped: the initiative was cancelled."))
        if dec is not None and dec["status"] == "reversed":
            events.append((dec["reversed_on"], "Dropped: the decision was reversed."))
        for when, why in sorted(events, key=lambda e: e[0]):
            if when < created:
                when = created
            if state[0] == "open" or state[1] > when:
                state = ("dropped", when, why)
            break
        return state

    def new_commitment(self, desc, owner, supporters, dec, it, created, due, state=None):
        if state is None:
            state = self.commitment_state(owner, created, due, dec, it)
        status, closed, outcome = state
        c = dict(desc=desc, owner=owner, supporters=supporters, dec=dec, init=it, created=created, due=due,
                 status=status, closed=closed, outcome=outcome, id=self.ids.new(created))
        self.commitments.append(c)
        return c

    def supporters_for(self, owner, day, pool, k):
        rng = self.rng
        pool = [m for m in pool if m is not owner and self.active(m, day)]
        seen, out = set(), []
        for m in pool:
            if m["key"] not in seen:
                seen.add(m["key"])
                out.append(m)
        return rng.sample(out, min(k, len(out)))

    def build_commitments(self, total=400):
        rng = self.rng
        self.commitments = []
        eligible = [dec for dec in self.decisions if dec["status"] in ("decided", "superseded", "reversed")
                    and dec["commit_texts"]]
        # one per eligible decision, then extras up to the target for decision-linked commitments
        counts = {id(dec): 1 for dec in eligible}
        target_linked = 318
        while sum(counts.values()) < target_linked:
            dec = rng.choice(eligible)
            if counts[id(dec)] < min(3, len(dec["commit_texts"])):
                counts[id(dec)] += 1
        for dec in eligible:
            texts = rng.sample(dec["commit_texts"], counts[id(dec)])
            for text in texts:
                created = min(dec["decided_on"] + timedelta(days=rng.randint(0, 3)), LAST_DAY)
                parts = [p["member"] for p in dec["participants"] if p["role"] != "informed"]
                cands = [m for m in parts if self.active(m, created)]
                if rng.random() < 0.45 and self.active(dec["accountable"], created):
                    owner = dec["accountable"]
                elif cands:
                    owner = rng.choice(cands)
                else:
                    owner = dec["accountable"]
                if not self.active(owner, created):
                    owner = self.pick_member(created, created, dec["areas"][0] if dec["areas"] else "ENG",
                                             dec["areas"])
                k = wchoice(rng, [0, 1, 2, 3], [35, 35, 20, 10])
                sup = self.supporters_for(owner, created, [p["member"] for p in dec["participants"]], k)
                it = dec["init"]
                if it is not None and rng.random() < 0.1:
                    it = None
                due = created + timedelta(days=rng.randint(5, 45))
                self.new_commitment(text, owner, sup, dec, it, created, due)

        # near-duplicates: same decision, near-identical wording, different owners, both open
        recent = [dec for dec in eligible if dec["init"] is not None and dec["status"] == "decided"
                  and dec["decided_on"] >= date(2026, 9, 15)]
        recent.sort(key=lambda x: x["decided_on"])
        picks = rng.sample(recent, len(DUPLICATE_PAIRS))
        self.duplicates = []
        for dec, (a, b) in zip(picks, DUPLICATE_PAIRS):
            created = min(dec["decided_on"] + timedelta(days=1), LAST_DAY)
            people = [p["member"] for p in dec["participants"] if self.active(p["member"], created)]
            o1, o2 = rng.sample(people, 2)
            due = max(created + timedelta(days=rng.randint(14, 30)), TODAY + timedelta(days=3))
            c1 = self.new_commitment(a.format(X=dec["subj"]), o1, [], dec, dec["init"], created, due,
                                     ("open", None, None))
            c2 = self.new_commitment(b.format(X=dec["subj"]), o2, self.supporters_for(o2, created, [o1], 1), dec,
                                     dec["init"], created + timedelta(days=rng.randint(0, 3)),
                                     due + timedelta(days=rng.randint(0, 4)), ("open", None, None))
            self.duplicates.append((c1, c2))

        # open commitments left behind by people who left (kept open on purpose)
        dw = self.init_by_title["Data warehouse cost reduction"]
        hc = self.init_by_title["Help centre content overhaul"]
        ravi, hannah, noor = self.by_key["ravi"], self.by_key["hannah"], self.by_key["noor"]
        self.orphans = [
            self.new_commitment("Write handover notes for the nightly warehouse jobs", ravi, [noor], None, dw,
                                date(2026, 6, 15), date(2026, 7, 10), ("open", None, None)),
            self.new_commitment("Delete the unused staging tables once finance signs off", ravi, [], None, dw,
                                date(2026, 6, 1), date(2026, 8, 14), ("open", None, None)),
            self.new_commitment("Move the remaining billing articles to the new help article template", hannah,
                                [self.by_key["daniel"]], None, hc, date(2026, 1, 5), date(2026, 2, 13),
                                ("open", None, None)),
        ]

        # initiative-only commitments fill the rest
        used = set()
        while len(self.commitments) < total:
            it = rng.choice(self.inits)
            text = rng.choice(INIT_COMMITS)
            if (it["title"], text) in used:
                continue
            used.add((it["title"], text))
            hi = it["dec_end"] if it["closed"] else DECISION_WINDOW_END
            created = rand_date(rng, it["wstart"], hi)
            lead = self.lead_on(it, created)
            if lead is not None and rng.random() < 0.6:
                owner = lead
            else:
                owner = self.pick_member(created, created, rng.choice(it["areas"]), it["areas"])
            pool = [s["member"] for s in it["stints"]] + [c["member"] for c in self.contribs if c["init"] is it]
            sup = self.supporters_for(owner, created, pool, wchoice(rng, [0, 1, 2], [50, 35, 15]))
            due = created + timedelta(days=rng.randint(7, 40))
            self.new_commitment(text.format(S=it["subj"]), owner, sup, None, it, created, due)

        self.commitments.sort(key=lambda c: (c["created"], c["id"]))

    # ---- output -------------------------------------------------------------------------

    def build(self):
        self.build_members()
        self.build_areas()
        self.build_initiatives()
        self.build_contributions()
        self.build_expertise()
        self.build_endorsements()
        self.build_decisions()
        self.build_commitments()
        return self.emit()

    def emit(self):
        ts = lambda day: stamp(self.ts_rng, day)
        A = lambda key: self.area_by_key[key]["id"]
        members = [{
            "id": m["id"], "name": m["name"], "email": m["email"], "title": m["title"],
            "facilitator": m["facilitator"], "joined_on": iso(m["joined"]), "left_on": iso(m["left"]),
            "updated_at": ts(m["left"] or max(m["joined"], PERIOD_START)),
        } for m in self.members]
        areas = [{
            "id": a["id"], "name": a["name"], "description": a["desc"],
            "parent": A(a["parent"]) if a["parent"] else None, "updated_at": ts(PERIOD_START),
        } for a in self.areas]
        expertise = [{
            "member": e["member"]["id"], "area": A(e["area"]), "level": e["level"],
            "wants_to_learn": e["wants"], "updated_at": ts(e["updated"]),
        } for e in self.expertise]
        endorsements = [{
            "id": e["id"], "endorser": e["endorser"]["id"], "member": e["member"]["id"], "area": A(e["area"]),
            "note": e["note"], "on": iso(e["on"]), "updated_at": ts(e["on"]),
        } for e in self.endorsements]
        initiatives = []
        for it in self.inits:
            stints = sorted(it["stints"], key=lambda s: (s["frm"], s["role"] != "lead"))
            last = max([it["wstart"]] + [s["to"] or s["frm"] for s in stints])
            initiatives.append({
                "id": it["id"], "title": it["title"], "description": it["desc"], "status": it["status"],
                "started_on": iso(it["start"]), "due_on": iso(it["due"]), "closed_on": iso(it["closed"]),
                "areas": [A(a) for a in it["areas"]],
                "leadership": [{"member": s["member"]["id"], "role": s["role"], "from": iso(s["frm"]),
                                "to": iso(s["to"]), "reason": s["reason"]} for s in stints],
                "updated_at": ts(it["closed"] or last),
            })
        contributions = [{
            "id": c["id"], "initiative": c["init"]["id"], "member": c["member"]["id"], "description": c["desc"],
            "status": c["status"], "depends_on": [x["id"] for x in c["deps"]],
            "updated_at": ts(c["work_day"] if c["status"] == "done" else min(c["init"]["wend"], LAST_DAY)),
        } for c in self.contribs]
        decisions = []
        for dec in self.decisions:
            touched = max(x for x in (dec["proposed_on"], dec["decided_on"], dec.get("reversed_on")) if x)
            if dec["status"] == "superseded":
                later = [x for x in self.decisions if x["supersedes"] is dec][0]
                touched = max(touched, later["decided_on"])
            decisions.append({
                "id": dec["id"], "title": dec["title"], "context": dec["context"], "options": dec["options"],
                "outcome": dec["outcome"], "rationale": dec["rationale"], "method": dec["method"],
                "status": dec["status"], "initiative": dec["init"]["id"] if dec["init"] else None,
                "areas": [A(a) for a in dec["areas"]], "proposed_on": iso(dec["proposed_on"]),
                "decide_by": iso(dec["decide_by"]), "decided_on": iso(dec["decided_on"]),
                "review_on": iso(dec["review_on"]),
                "accountable": dec["accountable"]["id"] if dec["accountable"] else None,
                "supersedes": dec["supersedes"]["id"] if dec["supersedes"] else None,
                "participants": [{"member": p["member"]["id"], "role": p["role"], "stance": p["stance"],
                                  "comment": p["comment"]} for p in dec["participants"]],
                "updated_at": ts(touched),
            })
        commitments = [{
            "id": c["id"], "description": c["desc"], "owner": c["owner"]["id"],
            "supporters": [m["id"] for m in c["supporters"]],
            "decision": c["dec"]["id"] if c["dec"] else None, "initiative": c["init"]["id"] if c["init"] else None,
            "due_on": iso(c["due"]), "status": c["status"], "closed_on": iso(c["closed"]), "outcome": c["outcome"],
            "updated_at": ts(c["closed"] or c["created"]),
        } for c in self.commitments]
        return {
            "format": "baton-team",
            "version": 1,
            "exported_at": EXPORTED_AT,
            "team": dict(TEAM),
            "members": members,
            "expertise_areas": areas,
            "expertise": expertise,
            "endorsements": endorsements,
            "initiatives": initiatives,
            "contributions": contributions,
            "decisions": decisions,
            "commitments": commitments,
        }


def render():
    data = Generator().build()
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


# --------------------------------------------------------------------------------------
# Self-check
# --------------------------------------------------------------------------------------

UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
TS_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")

FIELDS = {
    "members": ["id", "name", "email", "title", "facilitator", "joined_on", "left_on", "updated_at"],
    "expertise_areas": ["id", "name", "description", "parent", "updated_at"],
    "expertise": ["member", "area", "level", "wants_to_learn", "updated_at"],
    "endorsements": ["id", "endorser", "member", "area", "note", "on", "updated_at"],
    "initiatives": ["id", "title", "description", "status", "started_on", "due_on", "closed_on", "areas",
                    "leadership", "updated_at"],
    "contributions": ["id", "initiative", "member", "description", "status", "depends_on", "updated_at"],
    "decisions": ["id", "title", "context", "options", "outcome", "rationale", "method", "status", "initiative",
                  "areas", "proposed_on", "decide_by", "decided_on", "review_on", "accountable", "supersedes",
                  "participants", "updated_at"],
    "commitments": ["id", "description", "owner", "supporters", "decision", "initiative", "due_on", "status",
                    "closed_on", "outcome", "updated_at"],
}
TOP_KEYS = ["format", "version", "exported_at", "team", "members", "expertise_areas", "expertise", "endorsements",
            "initiatives", "contributions", "decisions", "commitments"]


def check(data, text=None):
    problems = []

    def expect(cond, where, msg):
        if not cond:
            problems.append(f"{where}: {msg}")
        return cond

    def pdate(value, where, required=False):
        if value is None:
            expect(not required, where, "date required")
            return None
        if not expect(isinstance(value, str) and DATE_RE.match(value), where, f"not a YYYY-MM-DD date: {value!r}"):
            return None
        try:
            return date.fromisoformat(value)
        except ValueError:
            expect(False, where, f"invalid date {value!r}")
            return None

    def pts(value, where):
        if not expect(isinstance(value, str) and TS_RE.match(value), where, f"not an RFC 3339 UTC timestamp: {value!r}"):
            return None
        try:
            t = datetime.strptime(value, "%Y-%m-%dT%H:%M:%SZ")
        except ValueError:
            expect(False, where, f"invalid timestamp {value!r}")
            return None
        expect(value <= EXPORTED_AT, where, "updated_at is after exported_at")
        return t

    def name_ok(value, where):
        expect(isinstance(value, str) and 1 <= len(value) <= 200 and value.strip() != "", where,
               "must be non-blank text of 1..200 characters")

    def text_ok(value, where, required=False):
        if value is None:
            expect(not required, where, "text required")
            return
        expect(isinstance(value, str) and value.strip() != "", where, "must be non-blank text")

    # ---- top level
    expect(list(data.keys()) == TOP_KEYS, "/", f"top-level keys must be exactly {TOP_KEYS}")
    expect(data.get("format") == "baton-team", "/format", "must be baton-team")
    expect(data.get("version") == 1 and type(data.get("version")) is int, "/version", "must be the integer 1")
    pts(data.get("exported_at"), "/exported_at")
    team = data.get("team", {})
    expect(list(team.keys()) == ["name", "description"], "/team", "keys must be name, description")
    name_ok(team.get("name"), "/team/name")

    for kind, fields in FIELDS.items():
        for i, rec in enumerate(data.get(kind, [])):
            expect(list(rec.keys()) == fields, f"/{kind}/{i}", f"keys must be exactly {fields} in that order")
            pts(rec.get("updated_at"), f"/{kind}/{i}/updated_at")

    # ---- ids
    all_ids = {}
    for kind in FIELDS:
        if kind == "expertise":
            continue
        for i, rec in enumerate(data[kind]):
            rid = rec.get("id")
            where = f"/{kind}/{i}/id"
            if expect(isinstance(rid, str) and UUID_RE.match(rid), where, f"not a lowercase UUID: {rid!r}"):
                expect(rid[14] == "7", where, "not a version 7 UUID")
                ms = int(rid.replace("-", "")[:12], 16)
                when = datetime.fromtimestamp(ms / 1000, tz=timezone.utc).date()
                expect(date(2018, 1, 1) <= when <= TODAY, where, f"embedded timestamp {when} out of range")
            expect(rid not in all_ids, where, f"duplicate id (also {all_ids.get(rid)})")
            all_ids[rid] = where

    # ---- members
    members = {m["id"]: m for m in data["members"]}
    mdates = {}
    emails = set()
    for i, m in enumerate(data["members"]):
        w = f"/members/{i}"
        name_ok(m["name"], w + "/name")
        if m["email"] is not None:
            e = m["email"]
            expect(e == e.lower() and re.match(r"^[a-z0-9._-]+@[a-z0-9.-]+$", e), w + "/email", "not a lowercase email")
            expect(e.casefold() not in emails, w + "/email", "duplicate email (case-insensitive)")
            emails.add(e.casefold())
        expect(isinstance(m["facilitator"], bool), w + "/facilitator", "must be a bool")
        text_ok(m["title"], w + "/title")
        j = pdate(m["joined_on"], w + "/joined_on", True)
        left = pdate(m["left_on"], w + "/left_on")
        if j and left:
            expect(j <= left, w + "/left_on", "before joined_on")
        mdates[m["id"]] = (j, left)

    def is_member(mid, where):
        return expect(mid in members, where, f"unknown member {mid!r}")

    def active_on(mid, day):
        j, left = mdates.get(mid, (None, None))
        return j is not None and j <= day and (left is None or day <= left)

    # ---- areas
    areas = {a["id"]: a for a in data["expertise_areas"]}
    siblings = {}
    for i, a in enumerate(data["expertise_areas"]):
        w = f"/expertise_areas/{i}"
        name_ok(a["name"], w + "/name")
        if a["parent"] is not None:
            expect(a["parent"] in areas, w + "/parent", "unknown area")
            expect(a["parent"] != a["id"], w + "/parent", "area is its own parent")
        key = (a["parent"], a["name"].casefold())
        expect(key not in siblings, w + "/name", "duplicate name among siblings")
        siblings[key] = i
    for i, a in enumerate(data["expertise_areas"]):
        seen, cur = set(), a["id"]
        while cur is not None and cur in areas:
            if cur in seen:
                expect(False, f"/expertise_areas/{i}/parent", "areas form a cycle")
                break
            seen.add(cur)
            cur = areas[cur]["parent"]

    def area_refs(lst, where):
        expect(isinstance(lst, list), where, "must be an array")
        for j, a in enumerate(lst):
            expect(a in areas, f"{where}/{j}", f"unknown area {a!r}")
        expect(len(set(lst)) == len(lst), where, "duplicate areas")

    # ---- expertise
    pairs = set()
    for i, e in enumerate(data["expertise"]):
        w = f"/expertise/{i}"
        is_member(e["member"], w + "/member")
        expect(e["area"] in areas, w + "/area", "unknown area")
        expect(type(e["level"]) is int and 1 <= e["level"] <= 5, w + "/level", "must be an integer 1..5")
        expect(isinstance(e["wants_to_learn"], bool), w + "/wants_to_learn", "must be a bool")
        expect((e["member"], e["area"]) not in pairs, w, "second row for the same member and area")
        pairs.add((e["member"], e["area"]))

    # ---- endorsements
    for i, e in enumerate(data["endorsements"]):
        w = f"/endorsements/{i}"
        is_member(e["endorser"], w + "/endorser")
        is_member(e["member"], w + "/member")
        expect(e["area"] in areas, w + "/area", "unknown area")
        expect(e["endorser"] != e["member"], w, "self-endorsement")
        text_ok(e["note"], w + "/note", True)
        on = pdate(e["on"], w + "/on", True)
        if on:
            expect(active_on(e["endorser"], on) and active_on(e["member"], on), w + "/on",
                   "endorser or member not in the team on that date")
            expect(on <= LAST_DAY, w + "/on", "in the future")

    # ---- initiatives
    inits = {it["id"]: it for it in data["initiatives"]}
    no_current_lead = []
    for i, it in enumerate(data["initiatives"]):
        w = f"/initiatives/{i}"
        name_ok(it["title"], w + "/title")
        st = it["status"]
        expect(st in ("proposed", "active", "completed", "missed", "cancelled"), w + "/status", f"bad status {st!r}")
        started = pdate(it["started_on"], w + "/started_on")
        pdate(it["due_on"], w + "/due_on")
        closed = pdate(it["closed_on"], w + "/closed_on")
        if st in ("completed", "missed", "cancelled"):
            expect(closed is not None, w + "/closed_on", "closed initiative without closed_on")
            expect(closed is None or closed <= LAST_DAY, w + "/closed_on", "in the future")
        else:
            expect(closed is None, w + "/closed_on", "open initiative with closed_on")
        if st != "proposed":
            expect(started is not None, w + "/started_on", "started initiative without started_on")
        if started and closed:
            expect(started <= closed, w + "/closed_on", "before started_on")
        area_refs(it["areas"], w + "/areas")
        leads = []
        for j, s in enumerate(it["leadership"]):
            ws = f"{w}/leadership/{j}"
            expect(list(s.keys()) == ["member", "role", "from", "to", "reason"], ws, "stint keys")
            is_member(s["member"], ws + "/member")
            expect(s["role"] in ("lead", "co-lead"), ws + "/role", f"bad role {s['role']!r}")
            f = pdate(s["from"], ws + "/from", True)
            t = pdate(s["to"], ws + "/to")
            text_ok(s["reason"], ws + "/reason", True)
            if f and t:
                expect(f <= t, ws + "/to", "before from")
            if f:
                j0, left = mdates.get(s["member"], (None, None))
                expect(j0 is None or f >= j0, ws + "/from", "starts before the member joined")
                expect(left is None or f <= left, ws + "/from", "member who left starts a stint after left_on")
                expect(left is None or (t is not None and t <= left), ws + "/to",
                       "stint runs past the member's left_on")
                if started:
                    expect(f >= started, ws + "/from", "before the initiative started")
                if closed:
                    expect(t is not None and t <= closed, ws + "/to", "runs past closed_on")
            if s["role"] == "lead" and f:
                leads.append((f, t or date.max, j))
        leads.sort()
        for (f1, t1, j1), (f2, t2, j2) in zip(leads, leads[1:]):
            expect(f2 > t1, w + "/leadership", f"lead stints {j1} and {j2} cover a common day")
        if st in ("completed", "missed", "cancelled", "active"):
            expect(len(leads) >= 1, w + "/leadership", "no lead stint")
            for (f1, t1, _), (f2, _, _) in zip(leads, leads[1:]):
                expect(f2 == t1 + timedelta(days=1), w + "/leadership", "gap between consecutive lead stints")
            if leads and started:
                expect(leads[0][0] == started, w + "/leadership", "first lead does not start on started_on")
            if st != "active" and leads:
                expect(leads[-1][1] == closed, w + "/leadership", "last lead does not end on closed_on")
        if st == "active":
            current = [s for s in it["leadership"] if s["role"] == "lead" and s["to"] is None]
            if not current:
                no_current_lead.append(it["title"])
            for s in current:
                expect(active_on(s["member"], TODAY), w, "current lead has left the team")
    expect(len(no_current_lead) == 2, "/initiatives", f"expected exactly 2 active without a current lead: {no_current_lead}")

    # ---- contributions
    contribs = {c["id"]: c for c in data["contributions"]}
    for i, c in enumerate(data["contributions"]):
        w = f"/contributions/{i}"
        expect(c["initiative"] in inits, w + "/initiative", "unknown initiative")
        is_member(c["member"], w + "/member")
        text_ok(c["description"], w + "/description", True)
        expect(c["status"] in ("planned", "in_progress", "done", "blocked"), w + "/status", "bad status")
        for j, dep in enumerate(c["depends_on"]):
            if expect(dep in contribs, f"{w}/depends_on/{j}", "unknown contribution"):
                expect(contribs[dep]["initiative"] == c["initiative"], f"{w}/depends_on/{j}",
                       "depends on another initiative's contribution")
                if c["status"] == "done":
                    expect(contribs[dep]["status"] == "done", f"{w}/depends_on/{j}", "done but depends on unfinished work")
        expect(len(set(c["depends_on"])) == len(c["depends_on"]), w + "/depends_on", "duplicate dependency")
    state = {}

    def visit(cid):
        if state.get(cid) == 2:
            return True
        if state.get(cid) == 1:
            return False
        state[cid] = 1
        ok = all(visit(x) for x in contribs[cid]["depends_on"] if x in contribs)
        state[cid] = 2
        return ok
    for cid in contribs:
        expect(visit(cid), "/contributions", f"dependency cycle through {cid}")
    chains = sum(1 for c in data["contributions"] if c["depends_on"])

    # ---- decisions
    decisions = {x["id"]: x for x in data["decisions"]}
    superseded_by = {}
    titles = set()
    for i, x in enumerate(data["decisions"]):
        w = f"/decisions/{i}"
        name_ok(x["title"], w + "/title")
        expect(x["title"] not in titles, w + "/title", "duplicate title")
        titles.add(x["title"])
        text_ok(x["context"], w + "/context", True)
        expect(isinstance(x["options"], list) and 2 <= len(x["options"]) <= 4
               and all(isinstance(o, str) and o.strip() for o in x["options"]), w + "/options", "need 2..4 strings")
        expect(x["method"] in ("consensus", "consent", "advice", "expert", "majority_vote", "delegated"),
               w + "/method", "bad method")
        st = x["status"]
        expect(st in ("proposed", "decided", "superseded", "reversed", "withdrawn"), w + "/status", "bad status")
        if x["initiative"] is not None:
            expect(x["initiative"] in inits, w + "/initiative", "unknown initiative")
        area_refs(x["areas"], w + "/areas")
        p = pdate(x["proposed_on"], w + "/proposed_on", True)
        by = pdate(x["decide_by"], w + "/decide_by")
        dd = pdate(x["decided_on"], w + "/decided_on")
        rv = pdate(x["review_on"], w + "/review_on")
        if p and by:
            expect(by >= p, w + "/decide_by", "before proposed_on")
        if st in ("decided", "superseded", "reversed"):
            expect(dd is not None, w + "/decided_on", "decided without decided_on")
            text_ok(x["outcome"], w + "/outcome", True)
        else:
            expect(dd is None, w + "/decided_on", f"{st} decision with decided_on")
            expect(rv is None, w + "/review_on", f"{st} decision with review_on")
        if p and dd:
            expect(dd >= p, w + "/decided_on", "before proposed_on")
            expect(dd <= LAST_DAY, w + "/decided_on", "in the future")
        if dd and rv:
            expect(rv > dd, w + "/review_on", "not after decided_on")
        if p:
            expect(p <= LAST_DAY, w + "/proposed_on", "in the future")
        if st not in ("proposed", "withdrawn"):
            expect(x["accountable"] is not None, w + "/accountable", f"required for status {st}")
        if x["accountable"] is not None:
            if is_member(x["accountable"], w + "/accountable"):
                expect(any(pp["member"] == x["accountable"] and pp["role"] == "decider" for pp in x["participants"]),
                       w + "/accountable", "accountable member is not a decider among the participants")
                if dd:
                    expect(active_on(x["accountable"], dd), w + "/accountable", "not in the team on decided_on")
        if x["supersedes"] is not None:
            if expect(x["supersedes"] in decisions, w + "/supersedes", "unknown decision"):
                old = decisions[x["supersedes"]]
                expect(old["status"] == "superseded", w + "/supersedes", "points to a decision that is not superseded")
                expect(x["supersedes"] not in superseded_by, w + "/supersedes", "decision superseded twice")
                expect(old["decided_on"] is not None and p is not None and p > date.fromisoformat(old["decided_on"]),
                       w + "/supersedes", "superseding decision proposed before the old one was decided")
                superseded_by[x["supersedes"]] = x["id"]
        parts = x["participants"]
        expect(2 <= len(parts) <= 6, w + "/participants", "need 2..6 participants")
        expect(len({pp["member"] for pp in parts}) == len(parts), w + "/participants", "member listed twice")
        for j, pp in enumerate(parts):
            wp = f"{w}/participants/{j}"
            expect(list(pp.keys()) == ["member", "role", "stance", "comment"], wp, "participant keys")
            if is_member(pp["member"], wp + "/member") and p:
                expect(active_on(pp["member"], p), wp + "/member", "not in the team on proposed_on")
            expect(pp["role"] in ("proposer", "decider", "advisor", "consulted", "informed"), wp + "/role", "bad role")
            expect(pp["stance"] in ("support", "concern", "objection", "abstain", "none"), wp + "/stance", "bad stance")
            text_ok(pp["comment"], wp + "/comment", True)
        if st in ("decided", "superseded", "reversed") and x["method"] == "consent":
            expect(not any(pp["stance"] == "objection" for pp in parts), w, "consent decided over an objection")
    for i, x in enumerate(data["decisions"]):
        if x["status"] == "superseded":
            expect(x["id"] in superseded_by, f"/decisions/{i}", "superseded but nothing supersedes it")

    # ---- commitments
    groups = {}
    for i, c in enumerate(data["commitments"]):
        w = f"/commitments/{i}"
        text_ok(c["description"], w + "/description", True)
        is_member(c["owner"], w + "/owner")
        sup = c["supporters"]
        expect(isinstance(sup, list) and len(sup) <= 3, w + "/supporters", "0..3 supporters")
        expect(c["owner"] not in sup, w + "/supporters", "owner repeated among supporters")
        expect(len(set(sup)) == len(sup), w + "/supporters", "duplicate supporter")
        for j, s in enumerate(sup):
            is_member(s, f"{w}/supporters/{j}")
        expect(c["decision"] is not None or c["initiative"] is not None, w, "neither decision nor initiative")
        if c["decision"] is not None and expect(c["decision"] in decisions, w + "/decision", "unknown decision"):
            dx = decisions[c["decision"]]
            if c["initiative"] is not None and dx["initiative"] is not None:
                expect(dx["initiative"] == c["initiative"], w + "/initiative", "differs from the decision's initiative")
            expect(dx["status"] in ("decided", "superseded", "reversed"), w + "/decision",
                   "commitment on a decision that was never decided")
        if c["initiative"] is not None:
            expect(c["initiative"] in inits, w + "/initiative", "unknown initiative")
        due = pdate(c["due_on"], w + "/due_on", True)
        closed = pdate(c["closed_on"], w + "/closed_on")
        st = c["status"]
        expect(st in ("open", "done", "missed", "dropped"), w + "/status", "bad status")
        if st == "open":
            expect(closed is None and c["outcome"] is None, w, "open commitment with closed_on or outcome")
        else:
            expect(closed is not None, w + "/closed_on", "closed commitment without closed_on")
            text_ok(c["outcome"], w + "/outcome", True)
            if closed:
                expect(closed <= LAST_DAY, w + "/closed_on", "in the future")
                expect(active_on(c["owner"], closed), w + "/closed_on", "owner not in the team on closed_on")
        if c["decision"]:
            groups.setdefault(c["decision"], []).append(c)

    # ---- scenario coverage the sample promises
    def count(kind, pred):
        return sum(1 for r in data[kind] if pred(r))
    left = {m["id"] for m in data["members"] if m["left_on"]}
    overdue_open = count("commitments", lambda c: c["status"] == "open" and c["due_on"] < TODAY.isoformat())
    orphaned_open = count("commitments", lambda c: c["status"] == "open" and c["owner"] in left)
    overdue_prop = count("decisions", lambda x: x["status"] == "proposed" and x["decide_by"]
                         and x["decide_by"] < TODAY.isoformat())
    dupes = 0
    for cs in groups.values():
        for a in range(len(cs)):
            for b in range(a + 1, len(cs)):
                r = difflib.SequenceMatcher(None, cs[a]["description"], cs[b]["description"]).ratio()
                if r >= 0.85 and cs[a]["owner"] != cs[b]["owner"]:
                    dupes += 1
    by_status = lambda kind: {s: count(kind, lambda r, s=s: r["status"] == s) for s in
                              sorted({r["status"] for r in data[kind]})}
    expect(18 <= len(data["members"]) <= 22, "/members", "about 20 members")
    expect(2 <= len(left) <= 3, "/members", "2-3 members who left")
    expect(1 <= count("members", lambda m: m["facilitator"]) <= 2, "/members", "1-2 facilitators")
    expect(len(data["initiatives"]) == 30, "/initiatives", "30 initiatives")
    expect(len(data["decisions"]) == 300, "/decisions", "300 decisions")
    expect(len(data["commitments"]) == 400, "/commitments", "400 commitments")
    expect(overdue_open >= 10, "/commitments", "too few overdue open commitments")
    expect(2 <= orphaned_open <= 5, "/commitments", "a few open commitments owned by members who left")
    expect(overdue_prop >= 3, "/decisions", "too few proposed decisions past decide_by")
    expect(2 <= dupes <= 3, "/commitments", f"expected 2-3 likely duplicate pairs, found {dupes}")
    expect(chains >= 40, "/contributions", "too few dependencies")

    if text is not None:
        expect(text == render(), "/", "regenerating the file does not give byte-identical output")

    counts = {k: len(data[k]) for k in FIELDS}
    return problems, dict(
        counts=counts,
        initiatives=by_status("initiatives"),
        decisions=by_status("decisions"),
        commitments=by_status("commitments"),
        contributions=by_status("contributions"),
        overdue_open_commitments=overdue_open,
        open_commitments_owned_by_leavers=orphaned_open,
        proposed_decisions_past_decide_by=overdue_prop,
        likely_duplicate_commitment_pairs=dupes,
        active_initiatives_without_current_lead=no_current_lead,
        members_who_left=[m["name"] + " (" + m["left_on"] + ")" for m in data["members"] if m["left_on"]],
    )


def run_check(path):
    text = path.read_text(encoding="utf-8")
    data = json.loads(text)
    problems, summary = check(data, text)
    for key, value in summary["counts"].items():
        print(f"{key:16} {value:5}")
    for key in ("initiatives", "decisions", "commitments", "contributions"):
        print(f"{key} by status: " + ", ".join(f"{s} {n}" for s, n in summary[key].items()))
    for key in ("overdue_open_commitments", "open_commitments_owned_by_leavers", "proposed_decisions_past_decide_by",
                "likely_duplicate_commitment_pairs", "active_initiatives_without_current_lead", "members_who_left"):
        print(f"{key.replace('_', ' ')}: {summary[key]}")
    print(f"file size: {path.stat().st_size} bytes")
    if problems:
        print(f"\nCHECK FAILED: {len(problems)} problem(s)", file=sys.stderr)
        for p in problems[:200]:
            print("  " + p, file=sys.stderr)
        return 1
    print("check passed")
    return 0


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="where to write the sample team")
    ap.add_argument("--check", nargs="?", const=True, default=False, metavar="PATH",
                    help="only check an existing file (default: the output path)")
    ap.add_argument("--no-check", action="store_true", help="write without running the self-check")
    args = ap.parse_args(argv)
    if args.check:
        path = args.output if args.check is True else Path(args.check)
        return run_check(path)
    text = render()
    args.output.parent.mkdir(parents=True, exist_ok=True)
    with open(args.output, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    print(f"wrote {args.output}")
    if args.no_check:
        return 0
    return run_check(args.output)


if __name__ == "__main__":
    sys.exit(main())
