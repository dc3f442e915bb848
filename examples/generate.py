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
captions with commas, quotes, emojis and the odd line break.

soldes-printemps carries planted audience-quality evidence (kpis.md section 8), one flag per
creator, every other creator of the project clean under the default thresholds:
  * follower_spike: anais.paris buys followers (one +18 % day in followers.csv);
  * comment_pods: manon.glow's posts get the same few comments from an engagement pod;
  * foreign_audience: emma.makeup's audience is half outside FR/BE;
  * incoherent_engagement: lea.routine's posts carry bought likes.
verify() recomputes each rule as kpis.md section 8 states it from the files written and stops
with an assertion error if a planted flag is missing or a clean creator would be flagged.

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
            "fee": round(max(150, followers * rng.uniform(0.008, 0.02)), -1),
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
ENGAGEMENT = {"instagram": 0.09, "tiktok": 0.15, "youtube": 0.06}


def pick_format(platform):
    r, acc = rng.random(), 0.0
    for name, p in FORMATS[platform]:
        acc += p
        if r < acc:
            return name
    return FORMATS[platform][-1][0]


def posts(folder, cid, infl, start, end, per_influencer, with_variants, bought_likes=None):
    """bought_likes: handle -> factor on likes (no extra draw, so the random stream is unchanged)."""
    rows = []
    n = 0
    for inf in infl:
        h = inf["handle"].lstrip("@")
        count = rng.randint(per_influencer - 5, per_influencer + 5)
        for _ in range(count):
            n += 1
            platform = inf["platform"]
            fmt = pick_format(platform)
            day = start + dt.timedelta(days=rng.randint(0, (end - start).days))
            hour = rng.choice([8, 12, 13, 17, 18, 19, 20, 21])
            planned = day - dt.timedelta(days=rng.choice([0, 0, 0, 1, 2, -1]))
            followers = inf["followers"]
            story = fmt == "story"
            reach = int(followers * (rng.uniform(0.03, 0.15) if story else rng.uniform(0.08, 0.4)))
            impressions = int(reach * rng.uniform(1.05, 1.6))
            video = fmt in ("reel", "video", "short", "live")
            views = int(impressions * rng.uniform(0.6, 0.95)) if video else ""
            long_views = int(views * rng.uniform(0.3, 0.6)) if video else ""
            eng = reach * ENGAGEMENT[platform] * rng.uniform(0.5, 1.5)
            likes = int(eng * 0.8 * (bought_likes or {}).get(h, 1))
            comments = int(eng * 0.06)
            shares = int(eng * 0.06)
            saves = int(eng * 0.08) if platform == "instagram" else ""
            clicks = int(reach * rng.uniform(0.02, 0.045)) if story or rng.random() < 0.5 else ""
            caption = rng.choice(CAPTIONS).format(product=rng.choice(PRODUCTS), code=inf.get("promo_code", "LUNE"))
            caption += " #maisonlune #sponsorisé" if rng.random() < 0.9 else " #maisonlune"
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
                "link_clicks": maybe(clicks),
                "caption": caption,
                "variant": rng.choice(["A", "B"]) if with_variants else "",
                "reusable": rng.choice(["oui", "non", "oui", ""]),
                "reused_in": rng.choice(["", "", "ads", "ads|email", "site"]),
                "cost": rng.choice(["", "", "", "", "25"]),
            }
            rows.append(row)
    rows.sort(key=lambda r: (r["published_at"], r["post_id"]))
    write_csv(folder, "posts.csv", rows)
    return rows


def orders(folder, infl, start, end, count, utm_campaign):
    rows = []
    first = start - dt.timedelta(days=30)
    last = end + dt.timedelta(days=45)
    span = (last - first).days
    for i in range(count):
        # Influence lifts sales: a third of the orders fall inside the campaign window.
        if rng.random() < 0.33:
            day = start + dt.timedelta(days=rng.randint(0, (end - start).days))
        else:
            day = first + dt.timedelta(days=rng.randint(0, span))
        revenue = round(rng.lognormvariate(3.9, 0.45), 2)
        inf = rng.choice(infl)
        r = rng.random()
        row = {"order_id": f"#{1000 + i}", "date": f"{day.isoformat()} {rng.randint(7, 23):02d}:{rng.randint(0, 59):02d}",
               "revenue": revenue, "currency": "EUR", "promo_code": "", "utm_source": "", "utm_medium": "",
               "utm_campaign": "", "utm_content": "", "influencer": ""}
        in_campaign = start <= day <= end + dt.timedelta(days=30)
        if in_campaign and r < 0.35:
            code = inf["promo_code"]
            row["promo_code"] = code.lower() if rng.random() < 0.2 else code
        elif in_campaign and r < 0.55:
            row.update(utm_source=inf["platform"], utm_medium="social", utm_campaign=utm_campaign,
                       utm_content=inf["utm_content"])
        elif in_campaign and r < 0.6:
            row["influencer"] = inf["handle"].lstrip("@")
        elif r < 0.8:
            row.update(utm_source="google", utm_medium="cpc")
        rows.append(row)
    rows.sort(key=lambda r: r["date"])
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
    "Commandé hier avec ton code, hâte de tester", "Pas terrible, ma peau a réagi...",
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


def comments_file(folder, post_rows, pods=()):
    """pods: handles whose posts also get comments from the engagement pod."""
    rows = []
    for p in post_rows:
        texts = [(comment_text(), f"user{rng.randint(1, 9999)}") for _ in range(rng.randint(1, 4))]
        if p["influencer"].lstrip("@") in pods:
            for _ in range(rng.randint(1, 2)):
                texts.insert(rng.randint(0, len(texts)), (rng.choice(POD_TEXTS), rng.choice(POD_AUTHORS)))
        for text, author in texts:
            rows.append({"post_id": p["post_id"], "text": text, "author": author, "date": p["published_at"][:10]})
    write_csv(folder, "comments.csv", rows)


def sessions_file(folder, infl, start, end, baseline_start):
    rows = []
    for d in day_range(baseline_start, end + dt.timedelta(days=30)):
        boost = 1.25 if start <= d <= end else 1.0
        rows.append({"date": d.isoformat(), "source": "(direct)", "medium": "(none)", "campaign": "", "content": "",
                     "sessions": int(rng.uniform(380, 460) * boost)})
        rows.append({"date": d.isoformat(), "source": "google", "medium": "organic", "campaign": "", "content": "",
                     "sessions": int(rng.uniform(700, 900))})
        if start <= d <= end + dt.timedelta(days=10):
            for inf in infl:
                if rng.random() < 0.6:
                    rows.append({"date": d.isoformat(), "source": inf["platform"], "medium": "social",
                                 "campaign": "soldes-printemps-2026", "content": inf["utm_content"],
                                 "sessions": rng.randint(5, 80)})
    write_csv(folder, "sessions.csv", rows)


def leads_file(folder, infl, start, end):
    rows = []
    for _ in range(420):
        d = start + dt.timedelta(days=rng.randint(-10, (end - start).days + 20))
        inf = rng.choice(infl)
        r = rng.random()
        row = {"date": d.isoformat(), "type": rng.choice(["newsletter", "newsletter", "newsletter", "contact", "download"]),
               "promo_code": "", "utm_campaign": "", "utm_content": "", "influencer": ""}
        if r < 0.4:
            row["promo_code"] = inf["promo_code"]
        elif r < 0.7:
            row["utm_campaign"] = "soldes-printemps-2026"
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
        w = csv.DictWriter(f, fieldnames=list(rows[0].keys()))
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


def tier(followers):
    return "nano" if followers < 10_000 else "micro" if followers < 100_000 else "macro" if followers < 1_000_000 else "mega"


def median(xs):
    xs = sorted(xs)
    n = len(xs)
    return xs[n // 2] if n % 2 else (xs[n // 2 - 1] + xs[n // 2]) / 2


def read_csv(folder, name):
    path = os.path.join(folder, name)
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


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
    return (f"{cid} {h} incoherent_engagement: engagement_rate_followers {r['rate']:.2f} % against "
            f"{r['low']}-{r['high']} %, limit {r['limit_high']:.1f} %")


def season_influencers(n, platforms, returning, growth, used):
    """A campaign roster of n creators: `returning` creators of another campaign (same handle, name,
    platform and utm_content, a follower count scaled by `growth`), the rest new."""
    infl = influencers(n, platforms, sales=True, used=used)
    for slot, src in zip(infl, returning):
        followers = int(src["followers"] * growth)
        first = src["handle"].lstrip("@").split(".")[0].upper()
        slot.update(handle=src["handle"], name=src["name"], platform=src["platform"], followers=followers,
                    fee=round(max(150, followers * rng.uniform(0.008, 0.02)), -1),
                    promo_code=f"{first}{rng.randint(21, 39)}", utm_content=src["utm_content"])
    codes = [x["promo_code"] for x in infl]
    assert len(set(codes)) == len(codes), codes
    return infl


def main():
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "report.yaml"), "w", encoding="utf-8") as f:
        f.write("title: Maison Lune — rapports d’influence\nlocale: fr-FR\ncurrency: EUR\n"
                "timezone: Europe/Paris\nas_of: 2026-05-20\noutput: _site\n"
                "emv:\n  instagram: {cpm: 9.5}\n")
    campaigns = []

    start, end = dt.date(2026, 3, 2), dt.date(2026, 3, 29)
    infl = influencers(12, ["instagram", "instagram", "tiktok"], sales=True)
    by_handle = {x["handle"].lstrip("@"): x for x in infl}
    # Planted audience-quality evidence (kpis.md section 8), one flag per creator; see verify().
    planted = {("soldes-printemps", "follower_spike"): "anais.paris",
               ("soldes-printemps", "comment_pods"): "manon.glow",
               ("soldes-printemps", "foreign_audience"): "emma.makeup",
               ("soldes-printemps", "incoherent_engagement"): "lea.routine"}
    by_handle["emma.makeup"]["audience_countries"] = {"FR": 0.38, "BE": 0.04, "US": 0.22, "IN": 0.18, "BR": 0.12}
    meta = {
        "name": "Soldes de printemps 2026",
        "brand": "Maison Lune",
        "objective": "sales",
        "start": start.isoformat(), "end": end.isoformat(),
        "budget": 44000,  # covers the creators' fees, products and commissions (42,449 €) and a little more
        "gross_margin": 0.62,  # the brand's margin on the products sold: net profit and net ROI
        "targets": {"conversions": 900, "cpa": 25, "roi": 2.5},
        "required_mentions": ["#sponsorisé", "@maisonlune"],
        "target_countries": ["FR", "BE"],
        "utm_campaign": "soldes-printemps-2026",
        "attribution_window_days": 30,
        "baseline": {"start": "2026-02-01", "end": "2026-02-28"},
        "ab_test": {"name": "Accroche prix ou bénéfice", "metric": "ctr",
                    "variants": {"A": "accroche prix : -15 % avec le code", "B": "accroche bénéfice : une peau apaisée en 7 jours"}},
    }
    folder = write_campaign("soldes-printemps", meta, infl)
    campaigns.append(("soldes-printemps", meta, infl))
    p1 = posts(folder, "soldes", infl, start, end, 25, True, bought_likes={"lea.routine": 6})
    o1 = orders(folder, infl, start, end, 4200, "soldes-printemps-2026")
    followers_file(folder, infl, start, end, spikes={"anais.paris": (dt.date(2026, 3, 14), 0.18)})
    comments_file(folder, p1, pods={"manon.glow"})
    sessions_file(folder, infl, start, end, dt.date(2026, 2, 1))
    leads_file(folder, infl, start, end)
    mentions_file(folder, start, end, 260)

    start2, end2 = dt.date(2026, 4, 13), dt.date(2026, 5, 10)
    infl2 = influencers(10, ["instagram", "tiktok", "youtube"], sales=False, used={x["handle"].lstrip("@") for x in infl})
    # Ambassadors: three creators of the spring sale come back for the launch.
    for i, returning in enumerate([x for x in infl if x["platform"] == "instagram"][:3]):
        slot = [j for j, x in enumerate(infl2) if x["platform"] == "instagram"][i]
        infl2[slot].update(handle=returning["handle"], name=returning["name"], followers=returning["followers"])
    meta2 = {
        "name": "Lancement du parfum Aube",
        "brand": "Maison Lune",
        "objective": "awareness",
        "start": start2.isoformat(), "end": end2.isoformat(),
        "targets": {"reach": 1500000, "impressions": 2000000, "cpm": 12},
        "required_mentions": ["#sponsorisé"],
    }
    folder2 = write_campaign("lancement-parfum", meta2, infl2)
    campaigns.append(("lancement-parfum", meta2, infl2))
    p2 = posts(folder2, "parfum", infl2, start2, end2, 22, False)
    followers_file(folder2, infl2, start2, end2)
    comments_file(folder2, p2)
    mentions_file(folder2, start2, end2, 180)

    # Two earlier, smaller sales campaigns: the spring sale's internal benchmark. Some creators
    # of the spring sale already worked with the brand (with fewer followers then), and one
    # creator of the back-to-school campaign comes back for Christmas.
    used = {x["handle"].lstrip("@") for x in infl + infl2}
    total_posts, total_orders = len(p1) + len(p2), o1
    earlier = [
        ("rentree-2025", "Rentrée 2025", dt.date(2025, 9, 1), dt.date(2025, 9, 28), 7,
         ["margaux.glow", "agathe.beaute", "ines.routine", "anais.skincare"], 0.86, 10000,
         {"conversions": 400, "cpa": 22, "roi": 2.5}, 13, 1200),
        ("noel-2025", "Noël 2025 — coffrets", dt.date(2025, 11, 24), dt.date(2025, 12, 21), 8,
         ["margaux.glow", "agathe.beaute", "maelle.lifestyle", "anais.skincare", "lucas.beaute"], 0.93, 14500,
         {"conversions": 500, "cpa": 25, "roi": 2.5}, 11, 1100),
    ]
    rentree = None
    for cid, name, s, e, n, returning, growth, budget, targets, per_influencer, order_count in earlier:
        back = [by_handle[h] for h in returning]
        if rentree:  # the Christmas roster also welcomes back a new creator of September
            back.append(next(x for x in rentree if x["handle"].lstrip("@") not in by_handle))
        roster = season_influencers(n, ["instagram", "instagram", "tiktok"], back, growth, used)
        used |= {x["handle"].lstrip("@") for x in roster}
        meta_e = {
            "name": name,
            "brand": "Maison Lune",
            "objective": "sales",
            "start": s.isoformat(), "end": e.isoformat(),
            "currency": "EUR",
            "budget": budget,
            "gross_margin": 0.62,
            "targets": targets,
            "required_mentions": ["#sponsorisé", "@maisonlune"],
            "target_countries": ["FR", "BE"],
            "utm_campaign": cid,
            "attribution_window_days": 30,
        }
        folder_e = write_campaign(cid, meta_e, roster)
        campaigns.append((cid, meta_e, roster))
        pe = posts(folder_e, cid[:3], roster, s, e, per_influencer, False)
        total_orders += orders(folder_e, roster, s, e, order_count, cid)
        comments_file(folder_e, pe)
        total_posts += len(pe)
        rentree = rentree or roster

    evidence, closest = verify(campaigns, planted)
    for line in (describe(*x) for x in evidence):
        print(line)
    for flag, (margin, cid, h, _) in sorted(closest.items()):
        print(f"clean: {flag} closest is {cid} {h} at {margin:.0%} of its threshold")
    print(f"wrote {OUT}: {len(campaigns)} campaigns, {total_posts} posts, {total_orders} orders")


if __name__ == "__main__":
    main()
