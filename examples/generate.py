#!/usr/bin/env python3
"""Writes the example project examples/maison-lune/ (seeded, so the output never changes).

Maison Lune is a French skincare brand. Two campaigns:
  * soldes-printemps: a `sales` campaign, Instagram and TikTok creators with promo codes
    and UTM links, an orders export with attributed and unattributed orders;
  * lancement-parfum: an `awareness` campaign on Instagram, TikTok and YouTube.

Shaped like real exports: hundreds of posts, thousands of orders, ~3 % unreported cells,
captions with commas, quotes, emojis and the odd line break.

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


def posts(folder, cid, infl, start, end, per_influencer, with_variants):
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
            likes = int(eng * 0.8)
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


def orders(folder, infl, start, end, count):
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
            row.update(utm_source=inf["platform"], utm_medium="social", utm_campaign="soldes-printemps-2026",
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


COMMENTS = [
    "Trop belle cette routine, merci pour le partage !", "Je vais l'acheter ce week-end", "Où l'acheter ? 😍",
    "Commandé hier avec ton code, hâte de tester", "Pas terrible, ma peau a réagi...", "😍😍😍", "Top 🔥",
    "J'adore la texture, vraiment efficace sur ma peau sèche", "C'est combien ?", "Lien ?", "Trop cher pour moi",
    "I love this, where can I get it?", "Ordered it, can't wait!", "Not a fan of the smell honestly",
    "Amazing results after two weeks", "@lea.glow regarde ça", "Ce n'est pas génial, déçue du résultat",
    "Magnifique ✨", "Super contenu comme toujours", "Je recommande, ma peau n'a jamais été aussi douce",
]
POD = "Superbe photo bravo ✨"


def followers_file(folder, infl, start, end):
    rows = []
    for inf in infl:
        h = inf["handle"].lstrip("@")
        count = int(inf["followers"] * rng.uniform(0.97, 0.995))
        for d in day_range(start - dt.timedelta(days=7), end + dt.timedelta(days=7)):
            count += int(inf["followers"] * rng.uniform(0.0005, 0.003))
            rows.append({"date": d.isoformat(), "influencer": h, "followers": count})
    write_csv(folder, "followers.csv", rows)


def comments_file(folder, post_rows):
    rows = []
    for p in post_rows:
        for _ in range(rng.randint(1, 4)):
            text = POD if rng.random() < 0.03 else rng.choice(COMMENTS)
            rows.append({"post_id": p["post_id"], "text": text, "author": f"user{rng.randint(1, 9999)}",
                         "date": p["published_at"][:10]})
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


def main():
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "report.yaml"), "w", encoding="utf-8") as f:
        f.write("title: Maison Lune — rapports d’influence\nlocale: fr-FR\ncurrency: EUR\n"
                "timezone: Europe/Paris\nas_of: 2026-05-20\noutput: _site\n"
                "emv:\n  instagram: {cpm: 9.5}\n")

    start, end = dt.date(2026, 3, 2), dt.date(2026, 3, 29)
    infl = influencers(12, ["instagram", "instagram", "tiktok"], sales=True)
    folder = write_campaign("soldes-printemps", {
        "name": "Soldes de printemps 2026",
        "brand": "Maison Lune",
        "objective": "sales",
        "start": start.isoformat(), "end": end.isoformat(),
        "budget": 24000,
        "targets": {"conversions": 900, "cpa": 25, "roi": 2.5},
        "required_mentions": ["#sponsorisé", "@maisonlune"],
        "target_countries": ["FR", "BE"],
        "utm_campaign": "soldes-printemps-2026",
        "attribution_window_days": 30,
        "baseline": {"start": "2026-02-01", "end": "2026-02-28"},
        "ab_test": {"name": "Accroche prix ou bénéfice", "metric": "ctr"},
    }, infl)
    p1 = posts(folder, "soldes", infl, start, end, 25, True)
    o1 = orders(folder, infl, start, end, 4200)
    followers_file(folder, infl, start, end)
    comments_file(folder, p1)
    sessions_file(folder, infl, start, end, dt.date(2026, 2, 1))
    leads_file(folder, infl, start, end)
    mentions_file(folder, start, end, 260)

    start2, end2 = dt.date(2026, 4, 13), dt.date(2026, 5, 10)
    infl2 = influencers(10, ["instagram", "tiktok", "youtube"], sales=False, used={x["handle"].lstrip("@") for x in infl})
    # Ambassadors: three creators of the spring sale come back for the launch.
    for i, returning in enumerate([x for x in infl if x["platform"] == "instagram"][:3]):
        slot = [j for j, x in enumerate(infl2) if x["platform"] == "instagram"][i]
        infl2[slot].update(handle=returning["handle"], name=returning["name"], followers=returning["followers"])
    folder2 = write_campaign("lancement-parfum", {
        "name": "Lancement du parfum Aube",
        "brand": "Maison Lune",
        "objective": "awareness",
        "start": start2.isoformat(), "end": end2.isoformat(),
        "targets": {"reach": 1500000, "impressions": 2000000, "cpm": 12},
        "required_mentions": ["#sponsorisé"],
    }, infl2)
    p2 = posts(folder2, "parfum", infl2, start2, end2, 22, False)
    followers_file(folder2, infl2, start2, end2)
    comments_file(folder2, p2)
    mentions_file(folder2, start2, end2, 180)
    print(f"wrote {OUT}: {len(p1) + len(p2)} posts, {o1} orders")


if __name__ == "__main__":
    main()
