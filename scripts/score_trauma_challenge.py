"""Score the trauma challenge set (annotations/challenge_trauma/sentences.json): single sentences
written apart from the code, each with the skin traumas the guidelines would annotate.

    python scripts/score_trauma_challenge.py        # totals
    python scripts/score_trauma_challenge.py -v     # and every miss, wrong type or extra trauma

A gold trauma is found when an affirmed TRAUMA mention overlaps its text; its type must match;
its region and side are those of the SITE its LOCATION relation points to. Gold traumas marked
not affirmed (negated, planned, a relative's) must not come out affirmed; an affirmed TRAUMA
overlapping no gold trauma is counted as extra. The sentences are printed only with -v.
"""
from pathlib import Path
import json, sys, datetime as dt
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from pipeline import load
from pipeline.extract import extract_text
nlp = load()
data = json.load(open(ROOT / 'annotations' / 'challenge_trauma' / 'sentences.json'))
verbose = '-v' in sys.argv
n_aff = det = typ = reg_n = reg_ok = lat_ok = 0; n_non = non_ok = 0; fp = 0
for s in data:
    rec = extract_text(nlp, s['text'], dt.date.fromisoformat(s['note_date']))
    preds = [m for m in rec.mentions if m.label == 'TRAUMA']
    byid = {m.mention_id: m for m in rec.mentions}
    locs = {}
    for r in rec.relations:
        if r.type == 'LOCATION': locs.setdefault(r.arg1, []).append(byid[r.arg2])
    def site(m):
        s2 = locs.get(m.mention_id) or []
        return (s2[0].region, s2[0].laterality) if s2 else (None, None)
    used = set()
    for g in s['traumas']:
        a = s['text'].find(g['text']); b = a + len(g['text'])
        ov = [m for m in preds if m.start < b and m.end > a]
        used |= {id(m) for m in ov}
        affirmed_pred = [m for m in ov if not (m.negated or m.hypothetical or m.family)]
        if g['affirmed']:
            n_aff += 1
            if affirmed_pred:
                det += 1; m = affirmed_pred[0]
                if m.trauma_type == g['trauma_type']: typ += 1
                elif verbose: print('TYPE', s['id'], g['text'], m.trauma_type, '!=', g['trauma_type'])
                if g.get('region'):
                    reg_n += 1
                    region, side = site(m)
                    if region == g['region']: reg_ok += 1
                    elif verbose: print('REGION', s['id'], g['text'], region, '!=', g['region'], '|', s['text'][:150])
                    if region == g['region'] and (side or None) == (g.get('laterality') or None): lat_ok += 1
            elif verbose: print('MISS', s['id'], repr(g['text']), [ (m.text, m.negated, m.hypothetical, m.family) for m in ov], '|', s['text'][:160])
        else:
            n_non += 1
            if not affirmed_pred: non_ok += 1
            elif verbose: print('NOT-AFFIRMED-MISSED', s['id'], g['text'], '|', s['text'][:160])
    for m in preds:
        if id(m) not in used and not (m.negated or m.hypothetical or m.family):
            fp += 1
            if verbose: print('FP', s['id'], repr(m.text), m.trauma_type, '|', s['text'][:160])
print(f"affirmed traumas {n_aff}: detected {det} ({det/n_aff:.3f}); type right {typ}/{det}; region right {reg_ok}/{reg_n}, region+side {lat_ok}/{reg_n}; not-affirmed kept so {non_ok}/{n_non}; extra affirmed TRAUMA {fp}")
