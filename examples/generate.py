#!/usr/bin/env python3
"""Writes the example project examples/maison-lune/ (seeded, so the output never changes).

Maison Lune is a French skincare brand. Four campaigns:
  * rentree-2025 (September 2025) and noel-2025 (December 2025): two smaller, earlier `sales`
    campaigns, so that the spring sale has its own internal benchmark (the median of the
    other sales campaigns, kpis.md section 7); several creators come back from one campaign
    to the next, which feeds the long-term influencer view;
  * soldes-printemps (March 2026): a `sales` campaign, Instagram and TikTok creators with
    promo codes and UTM links, an orders export with attributed and unattributed orders,
    every optional data file, an A/B test and a baseline;
  * lancement-parfum (April-May 2026): an `awareness` campaign on Instagram, TikTok and YouTube.

Shaped like real exports: hundreds of posts, thousands of orders, ~3 % unreported cells,
captions with commas, quotes, emojis and the odd line break. The figures follow the creators'
audiences: reach, engagement, clicks and orders grow with the followers, at rates that fall
with the tier (nano, micro, macro, mega) and differ by platform (TikTok reaches far, converts
less; YouTube costs more per view), with log-normal noise per post and per creator and mild
weekday and hour effects; fees grow with the followers and the posts booked.

Planted cases, one per rule, every other creator clean (examples/maison-lune/README.md):
  * soldes-printemps, audience quality (kpis.md section 8): follower_spike on anais.paris (one
    +18 % day in followers.csv), comment_pods on manon.glow (an engagement pod's comments),
    foreign_audience on emma.makeup (half the audience outside FR/BE), incoherent_engagement on
    lea.routine (an audience of inactive accounts: an eighth of the engagement her follower
    count implies);
  * plausibility checks (kpis.md section 8b): cost_outlier in lancement-parfum (a YouTube
    series booked for 10 videos, 4 published, reaching few), code_leak in noel-2025 (a code
    posted on a deal site), conversion_flat in rentree-2025 (orders attributed by hand, about
    as many per creator, while one TikTok video went viral).
verify() and verify_plausibility() recompute each rule as kpis.md states it from the files
written and stop with an assertion error if a planted case is missing or anything else fires.

Usage: python3 examples/generate.py [OUT_DIR]   (default: examples/maison-lune)
"""
import csv
import datetime as dt
import os
import random
import re
import sys

SEED = 20260301
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "maison-lune")
rng = random.Random(SEED)
AS_OF = dt.date(2026, 5, 20)  # report.yaml's as_of
# Budgets and targets, set by hand against the figures the seeded data gives (printed at the end):
# a client report with some targets met and some missed.
SPRING_BUDGET = 54000
SPRING_TARGETS = {"conversions": 1500, "cpa": 25, "roi": 2.5}
LAUNCH_TARGETS = {"reach": 2500000, "impressions": 3500000, "cpm": 12}
RENTREE_BUDGET = 7500
RENTREE_TARGETS = {"conversions": 400, "cpa": 28, "roi": 2.5}
NOEL_BUDGET = 13000
NOEL_TARGETS = {"conversions": 600, "cpa": 25, "roi": 2.5}

FIRST = ["Claire", "Léa", "Chloé", "Manon", "Camille", "Inès", "Sarah", "Jade", "Louise", "Emma", "Zoé",
         "Lina", "Hugo", "Lucas", "Théo", "Nathan", "Maëlle", "Agathe", "Yasmine", "Nora", "Anaïs", "Margaux"]
TOPICS = ["beaute", "skincare", "glow", "routine", "naturel", "lifestyle", "paris", "mode", "bienetre", "makeup"]
CAPTIONS = [
    "Ma routine du soir avec la crème {product} de @maisonlune, un vrai coup de cœur ✨",
    "Le sérum {product} : texture légère, peau repulpée, « effet bonne mine » garanti",
    "Unboxing du coffret {product} 🌙 Code {code} pour -15 %, lien en bio",
    "3 semaines avec {product}, mon avis honnête : hydratation, éclat, et zéro tiraillement",
    "GRWM pour un dîner, avec le baume {product}, mon indispensable",
    "On parle ingrédients : acide hyaluronique, niacinamide, \"clean\" mais efficace",
    "Petit rituel du dimanche 🧖‍♀️ avec {product}\nDites-moi en commentaire votre routine",
]
PRODUCTS = ["Lune Douce", "Éclat de Nuit", "Rosée", "Velours", "Aube"]


def day_range(start, end):
    d = start
    while d <= end:
        yield d
        d += dt.timedelta(days=1)


def maybe(value, p=0.03):
    """~3 % of metric cells are left empty: not reported."""
    return "" if rng.random() < p else value


def handle_for(i, used):
    while True:
        name = rng.choice(FIRST).lower().replace("é", "e").replace("è", "e").replace("ë", "e").replace("ï", "i")
        h = f"{name}.{rng.choice(TOPICS)}"
        if h not in used:
            used.add(h)
            return h


def influencers(n, platforms, sales, used=None):
    used, out = set(used or ()), []
    for i in range(n):
        platform = platforms[i % len(platforms)]
        followers = int(10 ** rng.uniform(3.7, 6.1))
        h = handle_for(i, used)
        first = h.split(".")[0].capitalize()
        inf = {
            "handle": ("@" if i % 4 == 0 else "") + h,
            "name": f"{first} {rng.choice(['M.', 'D.', 'L.', 'B.', 'R.'])}",
            "platform": platform,
            "followers": followers,
            "fee": rng.uniform(0.008, 0.02),  # the creator's price level, made a fee by price()
            "product_cost": rng.choice([0, 45, 60, 90]),
        }
        if sales:
            inf["promo_code"] = (h.split(".")[0] + str(rng.randint(10, 20))).upper()
            inf["utm_content"] = h.replace(".", "-")
            if i % 3 == 0:
                inf["commission_rate"] = rng.choice([0.05, 0.08, 0.1])
        inf["audience_countries"] = {"FR": round(rng.uniform(0.55, 0.85), 2), "BE": 0.06, "CH": 0.04}
        inf["ratings"] = {k: rng.randint(2, 5) for k in ["brand_fit", "brief", "content_quality", "responsiveness"]}
        out.append(inf)
    return out


def yaml_value(v):
    if isinstance(v, dict):  # a flow mapping, e.g. the A/B variants' descriptions
        return "{" + ", ".join(f"{k}: {yaml_value(x)}" for k, x in v.items()) + "}"
    if isinstance(v, str) and re.fullmatch(r"[A-Za-z0-9À-ÿ][A-Za-z0-9À-ÿ ._’-]*", v) and not v.endswith(" "):
        return v
    if isinstance(v, float) and v == int(v):
        return str(int(v))
    if isinstance(v, str):
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return str(v)


def write_campaign(cid, meta, infl):
    folder = os.path.join(OUT, "campaigns", cid)
    os.makedirs(folder, exist_ok=True)
    lines = []
    for k, v in meta.items():
        if isinstance(v, list):
            lines.append(f"{k}: [{', '.join(yaml_value(x) for x in v)}]")
        elif isinstance(v, dict):
            lines.append(f"{k}:")
            for kk, vv in v.items():
                lines.append(f"  {kk}: {yaml_value(vv)}")
        else:
            lines.append(f"{k}: {yaml_value(v)}")
    lines.append("influencers:")
    for inf in infl:
        first = True
        for k, v in inf.items():
            prefix = "  - " if first else "    "
            first = False
            if isinstance(v, dict):
                lines.append(f"{prefix}{k}: {{{', '.join(f'{kk}: {vv}' for kk, vv in v.items())}}}")
            else:
                lines.append(f"{prefix}{k}: {yaml_value(v)}")
    with open(os.path.join(folder, "campaign.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    return folder


FORMATS = {
    "instagram": [("reel", 0.45), ("carousel", 0.2), ("image", 0.1), ("story", 0.25)],
    "tiktok": [("video", 0.85), ("live", 0.15)],
    "youtube": [("video", 0.7), ("short", 0.3)],
}


def tier(followers):
    return "nano" if followers < 10_000 else "micro" if followers < 100_000 else "macro" if followers < 1_000_000 else "mega"


# --- How a post performs: reach, engagement, clicks and orders follow the creator's audience ----
# Share of the followers one feed post or video reaches: smaller accounts reach more of their
# community, TikTok's feed carries a video beyond it.
REACH_RATE = {
    "instagram": {"nano": 0.30, "micro": 0.22, "macro": 0.15, "mega": 0.10},
    "tiktok": {"nano": 0.70, "micro": 0.55, "macro": 0.40, "mega": 0.30},
    "youtube": {"nano": 0.30, "micro": 0.24, "macro": 0.17, "mega": 0.12},
}
REACH_NOISE = {"instagram": 0.35, "tiktok": 0.5, "youtube": 0.4}  # sigma of the log-normal spread per post
STORY_REACH = 0.4  # a story reaches this share of what the creator's feed post reaches
# Engagements of a feed post or video per follower, in %, falling with the tier (inside the
# ranges of kpis.md section 7: a creator's engagement is ordinary for its platform and size).
ER_FOLLOWERS = {
    "instagram": {"nano": 3.1, "micro": 2.3, "macro": 1.25, "mega": 0.9},
    "tiktok": {"nano": 6.0, "micro": 5.4, "macro": 4.9, "mega": 4.4},
    "youtube": {"nano": 2.3, "micro": 1.9, "macro": 1.2, "mega": 0.9},
}
STORY_ENGAGEMENT = 0.02  # engagements per account a story reaches (shares, replies, the odd like)
FORMAT_LIFT = {"reel": 1.12, "carousel": 1.05, "image": 0.75, "story": 1.0, "video": 1.0, "live": 0.7, "short": 0.85}
# Mild timing effects: evenings and Sundays a little better, early mornings a little worse.
HOURS = {8: (1, 0.9), 12: (2, 0.97), 13: (1, 0.97), 17: (1, 1.0), 18: (2, 1.02), 19: (3, 1.08), 20: (3, 1.1), 21: (2, 1.05)}
WEEKDAY_LIFT = [0.97, 0.97, 1.0, 1.02, 0.98, 0.97, 1.1]  # Monday first
# Shares of the engagements that are comments, shares and saves (the rest are likes).
MIX = {"instagram": (0.04, 0.05, 0.08), "tiktok": (0.025, 0.06, 0.0), "youtube": (0.07, 0.03, 0.0)}
STORY_CTR = (0.025, 0.045)  # link-sticker clicks per account reached
POST_CTR = (0.006, 0.016)  # clicks on the link of a feed post, a video or its description
LINK_REPORTED = 0.75  # share of the non-story posts whose export gives link clicks
# Attributed orders per account reached, by platform and tier: smaller creators convert a
# larger share of the people they reach; TikTok reaches many, fewer of whom buy.
CONVERSION = {
    "instagram": {"nano": 0.00060, "micro": 0.00050, "macro": 0.00038, "mega": 0.00030},
    "tiktok": {"nano": 0.00036, "micro": 0.00030, "macro": 0.00022, "mega": 0.00018},
    "youtube": {"nano": 0.00060, "micro": 0.00050, "macro": 0.00040, "mega": 0.00032},
}
CODE_SHARE = {"instagram": 0.42, "tiktok": 0.78, "youtube": 0.5}  # attributed orders that come with the code
INFLUENCER_COLUMN = 0.06  # attributed by the shop by hand, in the `influencer` column
# A creator's fee for the campaign: € per 10 posts at 1,000 followers, growing as followers^0.85
# (nano < micro < macro < mega; TikTok views are cheaper, YouTube videos dearer).
FEE_RATE = {"instagram": 40, "tiktok": 52, "youtube": 72}


def lognormal(sigma):
    """A multiplicative noise of median 1."""
    return rng.lognormvariate(0, sigma)


def fee_for(inf, n_posts, u):
    """u in [0, 1]: the creator's own price level (one draw of the roster)."""
    base = FEE_RATE[inf["platform"]] * (inf["followers"] / 1000) ** 0.85 * n_posts / 10
    return float(max(150, round(base * (0.85 + 0.3 * u), -1)))


def plan_for(inf, n_posts, **overrides):
    """What the creator delivers in the campaign: posts, and multipliers on reach, engagement and
    conversion (the last one the creator's own pull, log-normal around the tier's)."""
    p = {"posts": n_posts, "reach": 1.0, "engagement": 1.0, "conversion": lognormal(0.3), "viral": False,
         "all_clicks": False}
    p.update(overrides)
    return p


def pick_format(platform):
    r, acc = rng.random(), 0.0
    for name, p in FORMATS[platform]:
        acc += p
        if r < acc:
            return name
    return FORMATS[platform][-1][0]


def pick_hour():
    hours = list(HOURS)
    return rng.choices(hours, weights=[HOURS[h][0] for h in hours])[0]


def posts(folder, cid, infl, plans, start, end, with_variants, measured_until=None):
    """Returns the rows written, each with `_day`,
    `_reach` and `_clicks` (the true figures, also where the export leaves a cell empty).
    With `measured_until` (the report date), each post is written twice (kpis.md section 10):
    an early measurement 24–48 h after publication and a settled one 7–30 days after it (not
    after that date), which holds the figures returned."""
    rows = []
    n = 0
    for inf in infl:
        h = inf["handle"].lstrip("@")
        plan = plans[h]
        platform, followers = inf["platform"], inf["followers"]
        t = tier(followers)
        for k in range(plan["posts"]):
            n += 1
            fmt = pick_format(platform)
            day = start + dt.timedelta(days=rng.randint(0, (end - start).days))
            hour = pick_hour()
            planned = day - dt.timedelta(days=rng.choice([0, 0, 0, 1, 2, -1]))
            story = fmt == "story"
            rate = REACH_RATE[platform][t] * plan["reach"] * lognormal(REACH_NOISE[platform])
            viral = plan["viral"] and k == 0  # one video the platform pushed far beyond the community
            if viral:
                rate *= 15
            reach = int(followers * rate * (STORY_REACH if story else 1))
            impressions = int(reach * rng.uniform(1.1, 1.5))
            video = fmt in ("reel", "video", "short", "live")
            views = int(impressions * rng.uniform(0.6, 0.95)) if video else ""
            long_views = int(views * rng.uniform(0.3, 0.6)) if video else ""
            if story:
                eng = reach * STORY_ENGAGEMENT * lognormal(0.25)
            else:
                per_reach = ER_FOLLOWERS[platform][t] / 100 / REACH_RATE[platform][t]
                eng = (reach * per_reach * lognormal(0.2) * FORMAT_LIFT[fmt] * HOURS[hour][1]
                       * WEEKDAY_LIFT[day.weekday()] * plan["engagement"] * (0.35 if viral else 1))
            c, s, sv = MIX[platform]
            likes = int(eng * (1 - c - s - sv))
            comments = int(eng * c)
            shares = int(eng * s)
            saves = int(eng * sv) if platform == "instagram" else ""
            variant = rng.choice(["A", "B"]) if with_variants else ""
            lift = 1.06 if variant == "B" else 1.0  # the benefit hook draws a few more clicks
            clicks = int(reach * rng.uniform(*STORY_CTR) * lift) if story else int(reach * rng.uniform(*POST_CTR) * lift)
            reported = story or plan["all_clicks"] or rng.random() < LINK_REPORTED
            caption = rng.choice(CAPTIONS).format(product=rng.choice(PRODUCTS), code=inf.get("promo_code", "LUNE"))
            # The words French law asks of sponsored content (loi n° 2023-451, art. 5), forgotten now and then.
            caption += " Collaboration commerciale avec @maisonlune #sponsorisé" if rng.random() < 0.9 else " #maisonlune"
            row = {
                "post_id": f"{cid[:3]}-{n:04d}",
                "influencer": inf["handle"] if rng.random() < 0.2 else h,
                "platform": platform,
                "format": fmt,
                "published_at": f"{day.isoformat()}T{hour:02d}:{rng.randint(0, 59):02d}",
                "planned_at": planned.isoformat(),
                "reach": maybe(reach),
                "impressions": maybe(impressions),
                "views": maybe(views),
                "long_views": maybe(long_views),
                "likes": maybe(likes),
                "comments": maybe(comments),
                "shares": maybe(shares),
                "saves": maybe(saves),
                "story_replies": maybe(int(reach * rng.uniform(0.002, 0.01))) if story else "",
                "sticker_taps": maybe(int(reach * rng.uniform(0.01, 0.03))) if story else "",
                "link_clicks": (clicks if plan["all_clicks"] else maybe(clicks)) if reported else "",
                "caption": caption,
                "variant": variant,
                "reusable": rng.choice(["oui", "non", "oui", ""]),
                "reused_in": rng.choice(["", "", "ads", "ads|email", "site"]),
                "cost": rng.choice(["", "", "", "", "25"]),
                "_day": day, "_reach": reach, "_clicks": clicks, "_handle": h,
            }
            rows.append(row)
    rows.sort(key=lambda r: (r["published_at"], r["post_id"]))
    write_csv(folder, "posts.csv", measurements(rows, cid, measured_until) if measured_until else rows)
    return rows


MEASURED_COUNTS = ["reach", "impressions", "views", "long_views", "likes", "comments", "shares", "saves",
                   "story_replies", "sticker_taps", "link_clicks"]


def measurements(rows, cid, until):
    """Each post as an early row (24–48 h after publication) and a settled row (7–30 days after,
    at most `until` at 09:00), the settled one carrying the post's figures. Drawn from their own
    generator, so every other file of the example stays as it was. Early figures are a share of
    the settled ones: stories are gone after 24 h (all there early); other posts have 50–80 %
    of their reach and a little more of their engagements and clicks."""
    mrng = random.Random(f"measurements-{cid}")
    last = dt.datetime.combine(until, dt.time(9, 0))
    out = []
    for row in rows:
        published = dt.datetime.fromisoformat(row["published_at"])
        early_at = published + dt.timedelta(minutes=mrng.randint(24 * 60, 48 * 60))
        settled_at = min(published + dt.timedelta(minutes=mrng.randint(7 * 24 * 60, 30 * 24 * 60)), last)
        assert settled_at >= published + dt.timedelta(days=7), row["post_id"]
        story = row["format"] == "story"
        reach_share = 1.0 if story else mrng.uniform(0.5, 0.8)
        engagement_share = 1.0 if story else min(1.0, reach_share + mrng.uniform(0.05, 0.15))
        for at, share in ((early_at, None), (settled_at, 1.0)):
            m = {}
            for k, v in row.items():
                m[k] = v
                if k == "published_at":
                    m["measured_at"] = at.strftime("%Y-%m-%dT%H:%M")
            if share is None:
                for k in MEASURED_COUNTS:
                    if m[k] != "":
                        part = reach_share if k in ("reach", "impressions", "views", "long_views") else engagement_share
                        m[k] = int(int(m[k]) * part)
            out.append(m)
    return out


def poisson_like(mean):
    """A whole count around `mean` with a Poisson-sized spread."""
    return max(0, int(round(rng.gauss(mean, mean ** 0.5)))) if mean > 0 else 0


def orders(folder, meta, infl, plans, post_rows, daily, aov, factor=1.0, halo=0.15, leak=None, flat=None):
    """The shop's orders from 30 days before the campaign to 45 days after it.
    Attributed orders follow each creator's posts: their count follows the reach, tier and
    platform of the posts (× the creator's pull and the campaign's `factor`), dated a few days
    after a post; they come with the creator's code, UTM link or, now and then, the shop's own
    `influencer` cell. Unattributed orders are the shop's usual `daily` level (a little higher
    during the campaign: `halo`). leak: (handle, first day, _) — the creator's code found on a
    deal site, used far beyond the clicks. flat: orders per creator, written by hand in the
    `influencer` column whatever the creator's audience (the rentree-2025 input error)."""
    start, end = dt.date.fromisoformat(meta["start"]), dt.date.fromisoformat(meta["end"])
    last_attributed = end + dt.timedelta(days=meta["attribution_window_days"])
    first, last = start - dt.timedelta(days=30), end + dt.timedelta(days=45)
    found = []  # (day, revenue, fields)

    def attributed(inf, day, channel):
        fields = {}
        if channel == "influencer":
            fields["influencer"] = inf["handle"].lstrip("@")
        elif channel == "code":
            code = inf["promo_code"]
            fields["promo_code"] = code.lower() if rng.random() < 0.2 else code
        else:
            fields.update(utm_source=inf["platform"], utm_medium="social", utm_campaign=meta["utm_campaign"],
                          utm_content=inf["utm_content"])
        found.append((day, round(rng.lognormvariate(aov, 0.42), 2), fields))

    for inf in infl:
        h = inf["handle"].lstrip("@")
        if flat is not None:
            for _ in range(int(round(flat * rng.uniform(0.93, 1.07)))):
                attributed(inf, start + dt.timedelta(days=rng.randint(0, (last_attributed - start).days)), "influencer")
            continue
        mine = [p for p in post_rows if p["_handle"] == h]
        expected = sum(p["_reach"] for p in mine) * CONVERSION[inf["platform"]][tier(inf["followers"])]
        count = poisson_like(expected * plans[h]["conversion"] * factor)
        weights = [p["_reach"] for p in mine]
        for _ in range(count):
            post = rng.choices(mine, weights=weights)[0]
            day = min(post["_day"] + dt.timedelta(days=min(int(rng.expovariate(0.45)), 20)), last_attributed)
            r = rng.random()
            channel = ("influencer" if r < INFLUENCER_COLUMN else
                       "code" if r < INFLUENCER_COLUMN + (1 - INFLUENCER_COLUMN) * CODE_SHARE[inf["platform"]] else "utm")
            attributed(inf, day, channel)
        if leak and leak[0] == h:
            # 12 more orders with the code per 100 clicks of her posts: with her own code orders,
            # well above the check's 10.
            for _ in range(int(sum(p["_clicks"] for p in mine) * 0.12)):
                attributed(inf, leak[1] + dt.timedelta(days=rng.randint(0, (last_attributed - leak[1]).days)), "code")
    for d in day_range(first, last):
        boost = 1 + halo if start <= d <= end + dt.timedelta(days=7) else 1
        for _ in range(poisson_like(daily * boost * (1.15 if d.weekday() == 6 else 1))):
            fields = {"utm_source": "google", "utm_medium": "cpc"} if rng.random() < 0.25 else {}
            found.append((d, round(rng.lognormvariate(aov, 0.45), 2), fields))
    rows = []
    stamped = sorted(((day, rng.randint(7, 23), rng.randint(0, 59), revenue, fields) for day, revenue, fields in found),
                     key=lambda x: x[:3])
    number = rng.randint(1000, 9000)
    for i, (day, hh, mm, revenue, fields) in enumerate(stamped):
        row = {"order_id": f"#{number + i}", "date": f"{day.isoformat()} {hh:02d}:{mm:02d}", "revenue": revenue,
               "currency": "EUR", "promo_code": "", "utm_source": "", "utm_medium": "", "utm_campaign": "",
               "utm_content": "", "influencer": ""}
        row.update(fields)
        rows.append(row)
    with open(os.path.join(folder, "orders.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0].keys()))
        w.writeheader()
        w.writerows(rows)
    return len(rows)


# Comments as fans write them: short reactions repeat a lot (fewer than 3 words, so never
# pod material); longer comments vary in their opening and ending, so the same long text
# rarely comes back three times under one creator.
SHORT_COMMENTS = ["😍😍😍", "Top 🔥", "Magnifique ✨", "Lien ?", "Sublime 😍", "Canon !", "Trop bien",
                  "Waouh 😮", "🔥🔥", "Je valide", "Love ❤️"]
FR_COMMENTS = [
    "Trop belle cette routine, merci pour le partage !", "Je vais l'acheter ce week-end", "Où l'acheter ? 😍",
    "Commandé hier avec ton code, hâte de tester", "Pas terrible, la texture colle un peu...",
    "J'adore la texture, vraiment efficace sur ma peau sèche", "C'est combien ?", "Trop cher pour moi",
    "@lea.glow regarde ça", "Ce n'est pas génial, déçue du résultat", "Super contenu comme toujours",
    "Je recommande, ma peau n'a jamais été aussi douce", "Ça a l'air top, tu l'utilises matin et soir ?",
    "Pas mal du tout, l'odeur est légère", "Je l'ai depuis un mois, ma peau est plus lumineuse",
    "Il convient aux peaux sensibles ?",
]
EN_COMMENTS = ["I love this, where can I get it?", "Ordered it, can't wait!", "Not a fan of the smell honestly",
               "Amazing results after two weeks", "Does it ship to Belgium?"]
FR_OPENINGS = ["", "", "Franchement, ", "Honnêtement, ", "Coucou ! ", "Hello ! ", "Oh ", "Ah "]
EN_OPENINGS = ["", "Honestly, ", "Wow, ", "Omg ", "Ok "]
ENDINGS = ["", "", " 😍", " ✨", " 🙏", " !!", " merci", " ❤️", " 🥰", " 👏"]
# Comments that carry the themes of kpis.md §3 (price, the product, stock and delivery, how to
# use it) and absence statements that are not reactions ("zéro irritation"). Drawn from their own
# generator, so the main one (and every figure it seeds after the comments) is unchanged.
said_rng = random.Random(SEED + 24)
THEMED_FR = [
    "Le prix pique un peu mais la texture est incroyable", "Combien le sérum ?", "Il revient en stock quand ?",
    "Livraison reçue en deux jours, emballage parfait", "Tu l'appliques avant ou après la crème ?",
    "L'odeur est divine, elle tient toute la journée", "Zéro irritation alors que j'ai la peau sensible",
    "Rupture de stock partout, où le trouver ?", "Comment on l'utilise, sur peau humide ?",
    "Un peu cher pour la taille du flacon", "Aucune rougeur même sur ma peau réactive, je valide",
    "Toujours pas reçu ma commande, c'est normal ?",
]
THEMED_EN = [
    "What's the price on the serum?", "Is it back in stock? Sold out everywhere", "How do you apply it, morning or night?",
    "The texture is so light and the smell is lovely", "No breakouts at all and my skin is super sensitive",
    "Worth the money, lasts for months",
]
# Reactions of the body planted under the perfume launch (kpis.md §3 adverse_reaction): a brand
# must answer them, and the campaign page raises them as a follow-up item.
LAUNCH_REACTIONS = [
    "J'ai eu des rougeurs dans le cou après l'avoir vaporisé 😕",
    "Ça pique les yeux quand on le vaporise, c'est normal ?",
    "My skin broke out where I sprayed it, anyone else?",
]
# Generic bot-like comments, seen now and then under everyone (too rare to look like a pod).
GENERIC = ["Superbe photo bravo ✨", "Superbe post, bravo 👏", "Bravo pour ce contenu ✨", "Great post, keep going!"]
# Engagement pod of comment_pods (soldes-printemps): the same members leave the same words under
# every post of the creator, with the case and spacing of quick typing (normalization joins them).
POD_TEXTS = ["Trop beau ce post 🔥", "trop beau ce post 🔥", "Trop beau  ce post 🔥", "amazing content as always",
             "Amazing content as always 🙌"]
POD_AUTHORS = [f"glow.squad{i:02d}" for i in range(1, 9)]


def comment_text():
    r = rng.random()
    if r < 0.02:
        return rng.choice(GENERIC)
    if r < 0.33:
        return rng.choice(SHORT_COMMENTS)
    if r < 0.45:
        body, opening = rng.choice(EN_COMMENTS), rng.choice(EN_OPENINGS)
    else:
        body, opening = rng.choice(FR_COMMENTS), rng.choice(FR_OPENINGS)
    if said_rng.random() < 0.25:
        body = said_rng.choice(THEMED_EN if body in EN_COMMENTS else THEMED_FR)
    if opening and not opening.endswith("! ") and not body.startswith(("@", "I ")):
        body = body[0].lower() + body[1:]
    return opening + body + rng.choice(ENDINGS)


def followers_file(folder, infl, start, end, spikes=None):
    """spikes: handle -> (day, share): followers bought that day (share of the count), a few of
    them purged by the platform over the next days."""
    rows = []
    for inf in infl:
        h = inf["handle"].lstrip("@")
        count = int(inf["followers"] * rng.uniform(0.97, 0.995))
        purge = []
        for d in day_range(start - dt.timedelta(days=7), end + dt.timedelta(days=7)):
            if spikes and h in spikes and d == spikes[h][0]:
                bought = int(count * spikes[h][1])
                count += bought
                purge = [int(bought * rng.uniform(0.005, 0.015)) for _ in range(4)]
            elif purge:
                count -= purge.pop()
            else:
                count += int(inf["followers"] * rng.uniform(0.0005, 0.003))
            rows.append({"date": d.isoformat(), "influencer": h, "followers": count})
    write_csv(folder, "followers.csv", rows)


def comments_file(folder, post_rows, pods=(), planted=()):
    """pods: handles whose posts also get comments from the engagement pod; planted: texts added,
    one each, under the first posts (in file order), by authors of their own."""
    rows = []
    for i, text in enumerate(planted):
        p = post_rows[(i * 7) % len(post_rows)]
        rows.append({"post_id": p["post_id"], "text": text, "author": f"planted{i + 1}", "date": p["published_at"][:10]})
    for p in post_rows:
        texts = [(comment_text(), f"user{rng.randint(1, 9999)}") for _ in range(rng.randint(1, 4))]
        if p["influencer"].lstrip("@") in pods:
            for _ in range(rng.randint(1, 2)):
                texts.insert(rng.randint(0, len(texts)), (rng.choice(POD_TEXTS), rng.choice(POD_AUTHORS)))
        for text, author in texts:
            rows.append({"post_id": p["post_id"], "text": text, "author": author, "date": p["published_at"][:10]})
    write_csv(folder, "comments.csv", rows)


def sessions_file(folder, infl, post_rows, start, end, baseline_start, utm_campaign):
    """Daily sessions: the shop's direct and organic traffic (direct a little higher during the
    campaign), and each creator's UTM visits in the days after its posts, following its clicks."""
    visits = {}
    for p in post_rows:
        inf_clicks = p["_clicks"] if p["_clicks"] else int(p["_reach"] * 0.004)
        for lag, share in enumerate([0.55, 0.25, 0.12, 0.08]):
            key = (p["_day"] + dt.timedelta(days=lag), p["_handle"])
            visits[key] = visits.get(key, 0) + inf_clicks * share * 0.8
    rows = []
    for d in day_range(baseline_start, end + dt.timedelta(days=30)):
        boost = 1.2 if start <= d <= end else 1.0
        rows.append({"date": d.isoformat(), "source": "(direct)", "medium": "(none)", "campaign": "", "content": "",
                     "sessions": int(rng.uniform(380, 460) * boost)})
        rows.append({"date": d.isoformat(), "source": "google", "medium": "organic", "campaign": "", "content": "",
                     "sessions": int(rng.uniform(700, 900))})
        for inf in infl:
            count = int(visits.get((d, inf["handle"].lstrip("@")), 0) * rng.uniform(0.85, 1.15))
            if count:
                rows.append({"date": d.isoformat(), "source": inf["platform"], "medium": "social",
                             "campaign": utm_campaign, "content": inf["utm_content"], "sessions": count})
    write_csv(folder, "sessions.csv", rows)


def leads_file(folder, infl, post_rows, start, end, utm_campaign, count=420):
    """Newsletter sign-ups and contact requests; the attributed ones follow each creator's reach."""
    reach = {}
    for p in post_rows:
        reach[p["_handle"]] = reach.get(p["_handle"], 0) + p["_reach"]
    weights = [reach.get(x["handle"].lstrip("@"), 0) for x in infl]
    rows = []
    for _ in range(count):
        d = start + dt.timedelta(days=rng.randint(-10, (end - start).days + 20))
        inf = rng.choices(infl, weights=weights)[0]
        r = rng.random()
        row = {"date": d.isoformat(), "type": rng.choice(["newsletter", "newsletter", "newsletter", "contact", "download"]),
               "promo_code": "", "utm_campaign": "", "utm_content": "", "influencer": ""}
        if r < 0.4:
            row["promo_code"] = inf["promo_code"]
        elif r < 0.7:
            row["utm_campaign"] = utm_campaign
            row["utm_content"] = inf["utm_content"]
        rows.append(row)
    rows.sort(key=lambda r: r["date"])
    write_csv(folder, "leads.csv", rows)


def mentions_file(folder, start, end, count):
    texts = ["Je viens de tester #maisonlune et franchement #skincare au top", "La crème Rosée de @maisonlune 😍 #glow",
             "Quelqu'un a testé #maisonlune ? #avis", "Obsessed with #maisonlune #skincare #cleanbeauty",
             "Mon avis sur #MaisonLune : pas convaincue #avis", "Routine du soir #maisonlune #routine"]
    rows = []
    for i in range(count):
        d = start + dt.timedelta(days=rng.randint(-5, (end - start).days + 35))
        rows.append({"date": d.isoformat(), "source": rng.choice(["instagram", "tiktok", "blog", "x"]),
                     "text": rng.choice(texts), "author": f"fan{rng.randint(1, 400)}",
                     "url": f"https://example.com/m/{i}"})
    rows.sort(key=lambda r: (r["date"], r["url"]))
    write_csv(folder, "mentions.csv", rows)


def write_csv(folder, name, rows):
    with open(os.path.join(folder, name), "w", encoding="utf-8", newline="") as f:
        # Keys starting with "_" are the generator's own (true figures behind empty cells).
        w = csv.DictWriter(f, fieldnames=[k for k in rows[0] if not k.startswith("_")], extrasaction="ignore")
        w.writeheader()
        w.writerows(rows)


# --- Audience-quality rules of kpis.md section 8, recomputed from the files written -------------

FRAUD = {"incoherent_factor": 3, "spike_min_counts": 7, "spike_mad_k": 6, "spike_min_share": 0.01,
         "foreign_share": 0.30, "pod_share": 0.10, "pod_min_words": 3, "pod_min_repeats": 3}
# kpis.md section 7, engagement_rate_followers (low, high) by platform and tier.
RANGES = {
    "instagram": {"nano": (2.0, 4.0), "micro": (1.5, 3.0), "macro": (0.5, 2.0), "mega": (0.5, 1.5)},
    "tiktok": {t: (4.0, 7.0) for t in ("nano", "micro", "macro", "mega")},
    "others": {"nano": (1.0, 3.0), "micro": (1.0, 3.0), "macro": (0.5, 2.0), "mega": (0.5, 1.5)},
}


def median(xs):
    xs = sorted(xs)
    n = len(xs)
    return xs[n // 2] if n % 2 else (xs[n // 2 - 1] + xs[n // 2]) / 2


def read_csv(folder, name):
    path = os.path.join(folder, name)
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    if rows and "measured_at" in rows[0]:
        # A post measured several times counts with its latest measurement (kpis.md section 10).
        latest = {}
        for r in rows:
            if r["post_id"] not in latest or r["measured_at"] > latest[r["post_id"]]["measured_at"]:
                latest[r["post_id"]] = r
        rows = [r for r in rows if latest[r["post_id"]] is r]
    return rows


def engagement_check(inf, post_rows):
    """incoherent_engagement: engagements / followers over the posts reporting any engagement field."""
    h = inf["handle"].lstrip("@").lower()
    engagements, qualifying = 0, 0
    for p in post_rows:
        if p["influencer"].lstrip("@").lower() != h:
            continue
        cells = [p[k] for k in ("likes", "comments", "shares", "saves") if p[k] != ""]
        if cells:
            engagements += sum(int(c) for c in cells)
            qualifying += 1
    if not qualifying:
        return None
    rate = engagements / (inf["followers"] * qualifying) * 100
    low, high = RANGES.get(inf["platform"], RANGES["others"])[tier(inf["followers"])]
    k = FRAUD["incoherent_factor"]
    return {"rate": rate, "low": low, "high": high, "limit_high": high * k, "limit_low": low / k,
            "flag": rate > high * k or rate < low / k}


def spike_check(inf, follower_rows):
    """follower_spike: daily growths between consecutive counts against median + k × 1.4826 × MAD."""
    h = inf["handle"].lstrip("@").lower()
    series = sorted((dt.date.fromisoformat(r["date"]), int(r["followers"])) for r in follower_rows
                    if r["influencer"].lstrip("@").lower() == h)
    if len(series) < FRAUD["spike_min_counts"]:
        return None
    steps = [(d1, c0, (c1 - c0) / (d1 - d0).days) for (d0, c0), (d1, c1) in zip(series, series[1:])]
    growths = [g for _, _, g in steps]
    med = median(growths)
    mad = median([abs(g - med) for g in growths])
    threshold = med + FRAUD["spike_mad_k"] * 1.4826 * mad
    spikes = [(d, g, prev) for d, prev, g in steps if g > threshold and g > FRAUD["spike_min_share"] * prev]
    return {"counts": len(series), "median": med, "mad": mad, "threshold": threshold, "max_growth": max(growths),
            "spikes": spikes, "flag": bool(spikes)}


def pod_check(inf, post_rows, comment_rows):
    """comment_pods: share of the creator's comments that are one normalized text of ≥ 3 words seen ≥ 3 times.
    Also the share of all comments in any such repeated text, so that clean creators stay clean whichever
    way the rule is read (one text, or all repeated texts together)."""
    h = inf["handle"].lstrip("@").lower()
    mine = {p["post_id"] for p in post_rows if p["influencer"].lstrip("@").lower() == h}
    texts = [" ".join(r["text"].strip().lower().split()) for r in comment_rows if r["post_id"] in mine]
    if not texts:
        return None
    counts = {}
    for t in texts:
        counts[t] = counts.get(t, 0) + 1
    repeated = {t: c for t, c in counts.items()
                if len(t.split(" ")) >= FRAUD["pod_min_words"] and c >= FRAUD["pod_min_repeats"]}
    top = max(repeated.items(), key=lambda kv: (kv[1], kv[0]), default=(None, 0))
    return {"comments": len(texts), "text": top[0], "count": top[1], "share": top[1] / len(texts),
            "repeated_share": sum(repeated.values()) / len(texts),
            "flag": top[1] / len(texts) > FRAUD["pod_share"]}


def foreign_check(inf, target_countries):
    countries = inf.get("audience_countries")
    if not countries or not target_countries:
        return None
    share = sum(v for k, v in countries.items() if k not in target_countries)
    return {"share": share, "flag": share > FRAUD["foreign_share"]}


def verify(campaigns, planted):
    """campaigns: [(id, meta, influencers)]; planted: {(campaign, flag): handle}. Every planted flag
    must fire on its creator, and no other (campaign, creator, rule) may fire. Returns the planted
    evidence and, per rule, the clean creator that came closest to its threshold."""
    report, closest = [], {}
    for cid, meta, infl in campaigns:
        folder = os.path.join(OUT, "campaigns", cid)
        post_rows = read_csv(folder, "posts.csv")
        follower_rows = read_csv(folder, "followers.csv")
        comment_rows = read_csv(folder, "comments.csv")
        for inf in infl:
            h = inf["handle"].lstrip("@")
            results = {
                "incoherent_engagement": engagement_check(inf, post_rows),
                "follower_spike": spike_check(inf, follower_rows) if follower_rows is not None else None,
                "comment_pods": pod_check(inf, post_rows, comment_rows) if comment_rows is not None else None,
                "foreign_audience": foreign_check(inf, meta.get("target_countries")),
            }
            for flag, result in results.items():
                expected = planted.get((cid, flag)) == h
                fired = bool(result and result["flag"])
                assert fired == expected, f"{cid} {h} {flag}: expected {'a' if expected else 'no'} flag, got {result}"
                if flag == "comment_pods" and result and not expected:
                    assert result["repeated_share"] <= FRAUD["pod_share"], f"{cid} {h}: repeated comments {result}"
                if expected:
                    report.append((cid, h, flag, result))
                elif result:
                    margin = closeness(flag, result)
                    if flag not in closest or margin > closest[flag][0]:
                        closest[flag] = (margin, cid, h, result)
    assert len(report) == len(planted), report
    return report, closest


def closeness(flag, r):
    """How near a clean result is to its threshold, as a share of it (1 = on the threshold)."""
    if flag == "incoherent_engagement":
        return max(r["rate"] / r["limit_high"], r["limit_low"] / r["rate"])
    if flag == "follower_spike":
        return r["max_growth"] / r["threshold"] if r["threshold"] > 0 else 0
    if flag == "comment_pods":
        return r["repeated_share"] / FRAUD["pod_share"]
    return r["share"] / FRAUD["foreign_share"]


def describe(cid, h, flag, r):
    if flag == "follower_spike":
        (d, g, prev), = r["spikes"]
        return (f"{cid} {h} follower_spike: {r['counts']} counts, growth {g:.0f}/day on {d} (previous count {prev}, "
                f"{g / prev:.1%} of it); median growth {r['median']:.1f}, MAD {r['mad']:.1f}, "
                f"threshold {r['threshold']:.1f}/day")
    if flag == "comment_pods":
        return (f"{cid} {h} comment_pods: \"{r['text']}\" x{r['count']} of {r['comments']} comments "
                f"({r['share']:.1%} > 10 %)")
    if flag == "foreign_audience":
        return f"{cid} {h} foreign_audience: {r['share']:.2f} of the audience outside the target countries (> 0.30)"
    low = r["rate"] < r["limit_low"]
    return (f"{cid} {h} incoherent_engagement: engagement_rate_followers {r['rate']:.2f} % against "
            f"{r['low']}-{r['high']} %, limit {r['limit_low'] if low else r['limit_high']:.2f} % "
            f"({'low / 3' if low else 'high x 3'})")


# --- Plausibility checks of kpis.md section 8b, recomputed from the files written ---------------

PLAUSIBILITY = {"cost_factor": 5, "cost_min_influencers": 3, "code_leak_rate": 10, "flat_min_influencers": 5,
                "flat_conversions_cv": 0.15, "flat_reach_cv": 1.0}


def coefficient_of_variation(xs):
    mean = sum(xs) / len(xs)
    return (sum((x - mean) ** 2 for x in xs) / len(xs)) ** 0.5 / mean


def influencer_figures(cid, meta, infl):
    """Per creator: reach, impressions, link clicks (and whether every post reports them),
    attributed conversions (those through the code apart), revenue, spend, CPA and CPM, by the
    rules of kpis.md section 4 and the attribution of data-format.md section 5."""
    folder = os.path.join(OUT, "campaigns", cid)
    post_rows, order_rows = read_csv(folder, "posts.csv"), read_csv(folder, "orders.csv")
    out = {}
    for inf in infl:
        h = inf["handle"].lstrip("@").lower()
        mine = [p for p in post_rows if p["influencer"].lstrip("@").lower() == h]
        total = lambda key: sum(int(p[key]) for p in mine if p[key] != "")
        out[h] = {"reach": total("reach"), "impressions": total("impressions"), "link_clicks": total("link_clicks"),
                  "clicks_every_post": all(p["link_clicks"] != "" for p in mine), "post_cost": total("cost"),
                  "conversions": None, "code_conversions": None, "revenue": 0.0}
    if order_rows is not None:
        start = dt.date.fromisoformat(meta["start"])
        last = dt.date.fromisoformat(meta["end"]) + dt.timedelta(days=meta["attribution_window_days"])
        by_code = {x["promo_code"].lower(): x["handle"].lstrip("@").lower() for x in infl}
        by_utm = {x["utm_content"]: x["handle"].lstrip("@").lower() for x in infl}
        for h in out:
            out[h].update(conversions=0, code_conversions=0)
        for o in order_rows:
            if not start <= dt.date.fromisoformat(o["date"][:10]) <= last:
                continue
            who, code = None, False
            if o["influencer"]:
                who = o["influencer"].lstrip("@").lower()
            elif o["promo_code"]:
                who, code = by_code.get(o["promo_code"].lower()), True
            elif o["utm_content"] and o["utm_campaign"] == meta["utm_campaign"]:
                who = by_utm.get(o["utm_content"])
            if who in out:
                out[who]["conversions"] += 1
                out[who]["code_conversions"] += code
                out[who]["revenue"] += float(o["revenue"])
    for inf in infl:
        f = out[inf["handle"].lstrip("@").lower()]
        f["spend"] = (inf["fee"] + inf["product_cost"] + inf.get("commission_rate", 0) * f["revenue"] + f["post_cost"])
        f["cpa"] = f["spend"] / f["conversions"] if f["conversions"] else None
        f["cpm"] = f["spend"] / f["impressions"] * 1000 if f["impressions"] else None
    return out


def plausibility_checks(meta, infl, figures):
    """(handle, check, numbers) for every check of kpis.md section 8b that fires."""
    fired = []
    cost = "cpa" if meta["objective"] == "sales" else "cpm"
    costs = [f[cost] for f in figures.values() if f[cost] is not None]
    med = median(costs) if len(costs) >= PLAUSIBILITY["cost_min_influencers"] else None
    for h, f in figures.items():
        if med and f[cost] is not None and f[cost] > PLAUSIBILITY["cost_factor"] * med:
            fired.append((h, "cost_outlier", f"{cost} {f[cost]:.2f} against a campaign median of {med:.2f} "
                                             f"({f[cost] / med:.1f} x, limit 5 x)"))
    platforms = {x["handle"].lstrip("@").lower(): x["platform"] for x in infl}
    for h, f in figures.items():
        if platforms[h] != "tiktok" and f["clicks_every_post"] and f["code_conversions"] is not None and f["link_clicks"]:
            rate = f["code_conversions"] / f["link_clicks"] * 100
            if rate > PLAUSIBILITY["code_leak_rate"]:
                fired.append((h, "code_leak", f"{f['code_conversions']} orders with the code for {f['link_clicks']} "
                                              f"link clicks ({rate:.1f} per 100 clicks, limit 10)"))
    converting = [(h, f) for h, f in figures.items() if f["conversions"]]
    if len(converting) >= PLAUSIBILITY["flat_min_influencers"]:
        ccv = coefficient_of_variation([f["conversions"] for _, f in converting])
        rcv = coefficient_of_variation([f["reach"] for _, f in converting])
        if ccv < PLAUSIBILITY["flat_conversions_cv"] and rcv > PLAUSIBILITY["flat_reach_cv"]:
            for h, f in converting:
                fired.append((h, "conversion_flat", f"{f['conversions']} conversions; over the {len(converting)} "
                                                    f"creators CV of conversions {ccv:.3f} (< 0.15), of reach {rcv:.2f} (> 1)"))
    return fired


def verify_plausibility(campaigns, planted):
    """planted: {(campaign, check): handle or "*" (every creator with conversions)}. Every planted
    check must fire on its creator(s) and no other check anywhere."""
    report = []
    for cid, meta, infl in campaigns:
        figures = influencer_figures(cid, meta, infl)
        for h, check, numbers in plausibility_checks(meta, infl, figures):
            expected = planted.get((cid, check))
            assert expected in (h, "*"), f"{cid} {h} {check}: unplanted check ({numbers})"
            report.append((cid, h, check, numbers))
    for (cid, check), h in planted.items():
        assert any(r[0] == cid and r[2] == check and h in (r[1], "*") for r in report), f"{cid} {check} {h} did not fire"
    return report


def summary(cid, meta, infl):
    """One line of campaign figures, to set believable targets and budgets."""
    figures = influencer_figures(cid, meta, infl)
    total = lambda key: sum(f[key] or 0 for f in figures.values())
    spend = total("spend")
    line = f"{cid}: creators' spend {spend:,.0f}, reach {total('reach'):,}, impressions {total('impressions'):,}"
    if meta["objective"] == "sales":
        conversions, revenue = total("conversions"), total("revenue")
        paid = max(spend, meta.get("budget", 0))
        line += (f", conversions {conversions}, revenue {revenue:,.0f}, CPA {paid / conversions:.2f}, "
                 f"ROI {revenue / paid:.2f}, net ROI {(revenue * meta['gross_margin'] - paid) / paid:.2f}")
    else:
        line += f", CPM {spend / total('impressions') * 1000:.2f}"
    return line


def season_influencers(n, platforms, returning, growth, used):
    """A campaign roster of n creators: `returning` creators of another campaign (same handle, name,
    platform and utm_content, a follower count scaled by `growth`), the rest new."""
    infl = influencers(n, platforms, sales=True, used=used)
    for slot, src in zip(infl, returning):
        followers = int(src["followers"] * growth)
        first = src["handle"].lstrip("@").split(".")[0].upper()
        slot.update(handle=src["handle"], name=src["name"], platform=src["platform"], followers=followers,
                    fee=rng.uniform(0.008, 0.02), promo_code=f"{first}{rng.randint(21, 39)}", utm_content=src["utm_content"])
    codes = [x["promo_code"] for x in infl]
    assert len(set(codes)) == len(codes), codes
    return infl


def price(infl, plans):
    """Each creator's fee from its platform, followers and posts (the roster's draw in `fee` is
    the creator's own price level); `fixed` fees of a plan are kept as booked."""
    for inf in infl:
        plan = plans[inf["handle"].lstrip("@")]
        inf["fee"] = plan.get("fixed_fee") or fee_for(inf, plan.get("booked_posts", plan["posts"]), (inf["fee"] - 0.008) / 0.012)


def main():
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "report.yaml"), "w", encoding="utf-8") as f:
        f.write("title: Maison Lune — rapports d’influence\nlocale: fr-FR\ncurrency: EUR\n"
                f"timezone: Europe/Paris\nas_of: {AS_OF.isoformat()}\noutput: _site\n"
                "emv:\n  instagram: {cpm: 9.5}\n"
                # The draft email's header and first and last lines (report build --email).
                "email:\n  to: Claire Martin <claire.martin@maisonlune.example>\n  greeting: Bonjour Claire,\n"
                "  signature: |\n    Bien à vous,\n    Jeanne Roux\n    Agence Lumière — influence\n")
    campaigns, written = [], []

    # --- soldes-printemps: the showcase sale, four planted audience-quality flags ---
    start, end = dt.date(2026, 3, 2), dt.date(2026, 3, 29)
    infl = influencers(12, ["instagram", "instagram", "tiktok"], sales=True)
    by_handle = {x["handle"].lstrip("@"): x for x in infl}
    # Planted audience-quality evidence (kpis.md section 8), one flag per creator; see verify().
    planted = {("soldes-printemps", "follower_spike"): "anais.paris",
               ("soldes-printemps", "comment_pods"): "manon.glow",
               ("soldes-printemps", "foreign_audience"): "emma.makeup",
               ("soldes-printemps", "incoherent_engagement"): "lea.routine"}
    by_handle["emma.makeup"]["audience_countries"] = {"FR": 0.38, "BE": 0.04, "US": 0.22, "IN": 0.18, "BR": 0.12}
    plans = {x["handle"].lstrip("@"): plan_for(x, rng.randint(8, 13)) for x in infl}
    price(infl, plans)
    meta = {
        "name": "Soldes de printemps 2026",
        "brand": "Maison Lune",
        "objective": "sales",
        "start": start.isoformat(), "end": end.isoformat(),
        "budget": SPRING_BUDGET,  # the creators' fees, products and commissions, and the shipping of the kits
        "gross_margin": 0.62,  # the brand's margin on the products sold: net profit and net ROI
        "targets": SPRING_TARGETS,
        "required_mentions": ["Collaboration commerciale", "@maisonlune"],
        "target_countries": ["FR", "BE"],
        "utm_campaign": "soldes-printemps-2026",
        "attribution_window_days": 30,
        "baseline": {"start": "2026-02-01", "end": "2026-02-28"},
        "data": {"searches": "Dates.csv"},  # a Search Console export, kept as downloaded (not generated)
        "ab_test": {"name": "Accroche prix ou bénéfice", "metric": "ctr",
                    "variants": {"A": "accroche prix : -15 % avec le code", "B": "accroche bénéfice : une peau apaisée en 7 jours"}},
    }
    folder = os.path.join(OUT, "campaigns", "soldes-printemps")
    os.makedirs(folder, exist_ok=True)
    campaigns.append(("soldes-printemps", meta, infl))
    # incoherent_engagement: most of lea.routine's followers are inactive accounts; her posts reach
    # and move only the real part of her audience.
    plans["lea.routine"].update(reach=0.25, engagement=0.35)
    p1 = posts(folder, "soldes", infl, plans, start, end, True)
    o1 = orders(folder, meta, infl, plans, p1, daily=50, aov=3.95)
    followers_file(folder, infl, start, end, spikes={"anais.paris": (dt.date(2026, 3, 14), 0.18)})
    comments_file(folder, p1, pods={"manon.glow"})
    sessions_file(folder, infl, p1, start, end, dt.date(2026, 2, 1), meta["utm_campaign"])
    leads_file(folder, infl, p1, start, end, meta["utm_campaign"])
    mentions_file(folder, start, end, 260)

    # --- lancement-parfum: awareness; cost_outlier planted on the second YouTube creator ---
    start2, end2 = dt.date(2026, 4, 13), dt.date(2026, 5, 10)
    rng.seed(SEED + 1)  # each campaign its own stream: tuning one leaves the others as they are
    infl2 = influencers(10, ["instagram", "tiktok", "youtube"], sales=False, used={x["handle"].lstrip("@") for x in infl})
    # Ambassadors: three creators of the spring sale come back for the launch.
    for i, returning in enumerate([x for x in infl if x["platform"] == "instagram"][:3]):
        slot = [j for j, x in enumerate(infl2) if x["platform"] == "instagram"][i]
        infl2[slot].update(handle=returning["handle"], name=returning["name"], followers=returning["followers"])
    plans2 = {x["handle"].lstrip("@"): plan_for(x, rng.randint(7, 12)) for x in infl2}
    # cost_outlier: booked at the channel's usual rate for a series of 10 videos, the creator
    # published 4, which reached a fraction of the channel: a CPM far above the campaign's.
    costly = [x for x in infl2 if x["platform"] == "youtube"][1]
    costly["followers"] = max(costly["followers"], 180_000)
    plans2[costly["handle"].lstrip("@")].update(posts=4, booked_posts=10, reach=0.4)
    price(infl2, plans2)
    meta2 = {
        "name": "Lancement du parfum Aube",
        "brand": "Maison Lune",
        "objective": "awareness",
        "start": start2.isoformat(), "end": end2.isoformat(),
        "targets": LAUNCH_TARGETS,
        "required_mentions": ["#sponsorisé"],
        "baseline": {"start": "2026-02-02", "end": "2026-03-01"},
        "search_term": "maison lune",
        "data": {"searches": "multiTimeline.csv"},  # a Google Trends download, kept as downloaded (not generated)
    }
    folder2 = os.path.join(OUT, "campaigns", "lancement-parfum")
    os.makedirs(folder2, exist_ok=True)
    campaigns.append(("lancement-parfum", meta2, infl2))
    # Measured twice, early and settled (kpis.md section 10), up to the report date of report.yaml.
    p2 = posts(folder2, "parfum", infl2, plans2, start2, end2, False, measured_until=AS_OF)
    followers_file(folder2, infl2, start2, end2)
    comments_file(folder2, p2, planted=LAUNCH_REACTIONS)
    mentions_file(folder2, start2, end2, 180)

    # Two earlier, smaller sales campaigns: the spring sale's internal benchmark. Some creators
    # of the spring sale already worked with the brand (with fewer followers then), and one
    # creator of the back-to-school campaign comes back for Christmas.
    used = {x["handle"].lstrip("@") for x in infl + infl2}
    total_posts, total_orders = len(p1) + len(p2), o1
    earlier = [
        ("rentree-2025", "Rentrée 2025", dt.date(2025, 9, 1), dt.date(2025, 9, 28), 7,
         ["margaux.glow", "ines.routine", "anais.skincare", "lucas.beaute"], 0.86, RENTREE_BUDGET, RENTREE_TARGETS,
         (7, 11), 9, 3.9),
        ("noel-2025", "Noël 2025 — coffrets", dt.date(2025, 11, 24), dt.date(2025, 12, 21), 8,
         ["margaux.glow", "agathe.beaute", "maelle.lifestyle", "anais.skincare", "lucas.beaute"], 0.93, NOEL_BUDGET,
         NOEL_TARGETS, (7, 11), 10, 4.15),
    ]
    rentree = None
    plausibility_planted = {}
    for offset, (cid, name, s, e, n, returning, growth, budget, targets, per_influencer, daily, aov) in enumerate(earlier, 2):
        rng.seed(SEED + offset)
        back = [by_handle[h] for h in returning]
        if rentree:  # the Christmas roster also welcomes back a new creator of September
            back.append(next(x for x in rentree if x["handle"].lstrip("@") not in by_handle))
        roster = season_influencers(n, ["instagram", "instagram", "tiktok"], back, growth, used)
        used |= {x["handle"].lstrip("@") for x in roster}
        plans_e = {x["handle"].lstrip("@"): plan_for(x, rng.randint(*per_influencer)) for x in roster}
        leak, flat = None, None
        if cid == "rentree-2025":
            # conversion_flat: the September orders were attributed by hand in the `influencer`
            # column, about as many to each creator, while one TikTok video went viral.
            for x in roster[len(back):]:
                x["followers"] = int(rng.uniform(14_000, 60_000))
            viral = [x for x in roster[len(back):] if x["platform"] == "tiktok"][0]
            plans_e[viral["handle"].lstrip("@")].update(viral=True)
            flat = 42
            plausibility_planted[(cid, "conversion_flat")] = "*"
        else:
            # code_leak: a creator's code was posted on a deal site on 5 December; every post of hers
            # reports its link clicks (tracked link in stories and captions).
            leaker = roster[len(back)]
            h = leaker["handle"].lstrip("@")
            plans_e[h].update(all_clicks=True)
            leak = (h, dt.date(2025, 12, 5), None)
            plausibility_planted[(cid, "code_leak")] = h
        price(roster, plans_e)
        meta_e = {
            "name": name,
            "brand": "Maison Lune",
            "objective": "sales",
            "start": s.isoformat(), "end": e.isoformat(),
            "currency": "EUR",
            "budget": budget,
            "gross_margin": 0.62,
            "targets": targets,
            "required_mentions": ["Collaboration commerciale", "@maisonlune"],
            "target_countries": ["FR", "BE"],
            "utm_campaign": cid,
            "attribution_window_days": 30,
        }
        folder_e = os.path.join(OUT, "campaigns", cid)
        os.makedirs(folder_e, exist_ok=True)
        campaigns.append((cid, meta_e, roster))
        pe = posts(folder_e, cid[:3], roster, plans_e, s, e, False)
        total_orders += orders(folder_e, meta_e, roster, plans_e, pe, daily=daily, aov=aov,
                               factor=1.1 if cid == "noel-2025" else 1.0, leak=leak, flat=flat)
        comments_file(folder_e, pe)
        total_posts += len(pe)
        rentree = rentree or roster
    plausibility_planted[("lancement-parfum", "cost_outlier")] = costly["handle"].lstrip("@")

    for cid, meta_c, roster in campaigns:
        write_campaign(cid, meta_c, roster)
    evidence, closest = verify(campaigns, planted)
    for line in (describe(*x) for x in evidence):
        print(line)
    for flag, (margin, cid, h, _) in sorted(closest.items()):
        print(f"clean: {flag} closest is {cid} {h} at {margin:.0%} of its threshold")
    for cid, h, check, numbers in verify_plausibility(campaigns, plausibility_planted):
        print(f"{cid} {h} {check}: {numbers}")
    for cid, meta_c, roster in campaigns:
        print(summary(cid, meta_c, roster))
    print(f"wrote {OUT}: {len(campaigns)} campaigns, {total_posts} posts, {total_orders} orders")


if __name__ == "__main__":
    main()
