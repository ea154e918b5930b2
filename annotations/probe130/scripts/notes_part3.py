"""probe130 corpus notes, S15-S20 (endocrinology / diabetes-technology clinic; all invented)."""

S15 = {"patient_id": "S15", "age": 39, "sex": "F", "notes": [
("2025-02-04", "Patient Portal Message", """
Subject: lump at pump site
hello, theres a sore hard lump beneath the skin at the pump site I pulled
out Sat - stomach, left side. its about as big as a grape, purple-ish
on top and really tender, more than a normal sore site. no fever. I already
moved my set to the other side. my kidney doc said my phosphorus was high
again last month. My sugars have been ok, a few highs after I changed sites.
should I come in or just watch it? I can send a pic if the portal lets me.
- Jess
"""),
("2025-02-11", "Endocrinology Clinic Note", """
ENDOCRINOLOGY
39F T1DM (dx age 14) on tubed pump + CGM, CKD 4 from diabetic nephropathy
(eGFR 18; no dialysis). Phos 5.9, PTH 310. No anticoagulants.
Lump at a recent infusion-set site, L lower abd, ~10 days.
Exam: L lower abdomen: 2cm firm tender subcutaneous nodule, skin over it
violaceous, no fluctuance, no ulceration. R side sites fine.
A: ddx infusion-site panniculitis / early abscess vs possible early
calciphylaxis (advanced CKD, high phosphate). Lipohypertrophy less likely -
too tender.
P: derm referral for punch bx; avoid L abdomen for sets; ultrasound ordered;
nephrology FYI.
68kg / BMI 25.5
"""),
("2025-03-19", "Endocrinology Telehealth Visit", """
Video visit
Pt did not make it to derm - she is relocating to Harlow Bay for a new job
on 4/1; ultrasound showed a 1.6 cm ill-defined hypoechoic area, no collection.
Nodule smaller per pt, still tender to press, skin now brownish.
Calciphylaxis not excluded - I still cannot rule it out without tissue. Strongly
advised biopsy with her new team; records and a summary letter sent.
Pump settings unchanged; TIR 71%, no lows < 54 in 2 wks.
Sets staying on the R abdomen and thighs for now; she knows not to use the
L lower abdomen. Nephrology letter also sent (phos 6.1 last check).
Working dx at transfer: tender subcutaneous nodule L lower abdomen,
possible calciphylaxis vs panniculitis, unresolved.
"""),
]}

S16 = {"patient_id": "S16", "age": 71, "sex": "F", "notes": [
("2017-09-12", "Endocrinology Clinic Note", """
Endocrine f/u - SHPT / bone
71F, ESRD on CAPD since 2014, no diabetes (A1c 5.6, fasting 94). AF on
warfarin since 2013. Osteoporosis on hold while on PD.
PTH 780, Ca 10.2, P 6.6 on sevelamer + cinacalcet 60.
New x 2 wks: tender net-like purple patches, both thighs; no
ulcers. Denies injury, heat or ice to the thighs.
Exam: bilateral anterior thighs - retiform purpura, firm subcutaneous
areas beneath, no eschar.
A: concern for early calciphylaxis - she is on warfarin and PD, with a high
Ca x P product.
P: derm bx; renal to review warfarin.
BMI 33.7
"""),
("2017-09-26", "Dermatology Consult", """
Dermatology
Retiform purpura of both thighs confirmed on exam; no ulceration.
4 mm punch (L thigh) 9/19: septal panniculitis; sampled vessels show no
calcium, von Kossa negative - nondiagnostic. A superficial punch
can miss calciphylaxis; it cannot be excluded. Advised a deeper incisional
sample - pt declines ("no more cutting").
Plan: treat as possible calciphylaxis clinically; renal informed.
Counseled on padding the thighs from knocks and on reporting any open area
at once. Pain 4/10, manages with acetaminophen. Photos in chart for
comparison. Return 6 wks, or sooner if a sore opens.
"""),
("2017-11-07", "Nephrology PD Clinic Note", """
PD clinic
Warfarin stopped 10/2017 -> apixaban per cardiology.
Thigh livedo fading, no new patches, no ulcers.
Calciphylaxis remains possible, never proven; pt still declines repeat bx.
Will continue low-Ca dialysate, cinacalcet 90.
Discussed again that only a deeper biopsy would settle it; she understands and
would rather watch. Will photograph thighs at each monthly visit.
Labs: Ca 9.5, P 5.4, PTH 560 - trending down. Exit site clean.
Pt feels "much less sore"; photos today compared with 9/12 show lighter,
smaller purple net on both thighs. Endo following for bone once stable.
BMI 33.3
"""),
]}

S17 = {"patient_id": "S17", "age": 64, "sex": "M", "notes": [
("2026-01-13", "Endocrinology Telehealth Visit", """
Telehealth (phone + photos)
64M T2DM on NPH 24 u bid by pen, ESRD on HD MWF. No anticoag.
On 12/28 he scraped his L shin getting out of the car (door edge). The
scrape never closed; now a 2.5cm ulcer, edges black and a dusky rim,
very painful at night.
Home scale wt 92 kg.
A: L shin ulcer not healing after a minor scrape. Diabetic or arterial
ulcer; r/o calciphylaxis in this HD pt.
P: wound clinic + ABI; bx if not clearly arterial; BG log reviewed, no
change to NPH.
"""),
("2026-02-10", "Wound Care Clinic", """
Wound clinic
L anterior shin ulcer 2.8x2.2cm, black edges, pale base, livid rim.
ABIs: left 0.62, right 0.81. Dorsalis pedis faint on L.
Differential: arterial ulcer vs calciphylaxis - cannot be sorted out
without bx; pt declines biopsy ("I've had enough needles"). Vascular
surgery referral placed.
Dressing plan to pt/wife: cleanse with saline, non-adherent contact
layer, dry gauze, change every other day; no soaking.
Pain 7/10 at night, better hanging the leg down (fits arterial picture).
Last HD labs per unit: P 6.8, Ca 9.9.
Calciphylaxis still possible - revisit bx if vascular finds inflow adequate.
RTC 2 wks.
"""),
]}

S18 = {"patient_id": "S18", "age": 44, "sex": "F", "notes": [
("2022-03-09", "Endocrinology Clinic Note", """
Endo f/u
44F T1DM on a patch pump + CGM, CKD 3a, eGFR 51, no dialysis.
No anticoagulants.
New: shiny, violaceous, slowly enlarging plaques on both shins over ~4 months;
a small ulcer appeared on the L shin last week after she knocked it on the
bed frame.
Exam: both anterior shins with glossy violaceous-brown plaques, central
yellowish atrophy; 6 mm shallow ulcer L shin, clean base.
A: ?CUA vs necrobiosis lipoidica. Renal function does not fit well with
calciphylaxis but she has had phos in the high 5s.
P: derm for bx. Pump: ISF 1:40 -> 1:45 overnight for lows after correction.
Wt 86 kg, BMI 30.9
"""),
("2022-03-23", "Dermatology Consult", """
Derm
Bilateral pretibial yellow-brown atrophic plaques with violaceous borders,
telangiectasia; small L shin ulcer.
Bx (3/14): palisading granulomatous dermatitis with degenerated collagen, no
vessel-wall calcification, von Kossa negative.
Dx: necrobiosis lipoidica; calciphylaxis is ruled out.
Plan: clobetasol to active borders, gentle wound care to ulcer.
Explained that NL is commoner in type 1 diabetes and is not a sign of kidney
disease, and that it often smolders for years; avoid knocks to the shins
while the ulcer heals. Photos taken.
RTC 3 mo. Copy to Dr Ferraro-Quist (endo).
"""),
("2022-06-15", "Endocrinology Clinic Note", """
Endo 3-mo f/u
NL stable, borders less violaceous on clobetasol; L shin ulcer healed.
A1c 7.6% (was 8.0%). CGM 14 d: TIR 61%, dawn rise to ~220.
Pump: basal 0400-0800 0.85 -> 0.95 u/h. Pod sites rotated through abdomen
and backs of arms, skin clean.
eGFR 49, UACR 180 - on losartan, SGLT2i discussed with nephrology.
Pt brought up the "calcium skin disease" from an online forum once more;
reminded her the biopsy did not show it. Derm f/u in Sept.
Hypo review: 2 lows < 60 after evening exercise, temp basal 70% advised.
BMI 30.4
"""),
]}

S19 = {"patient_id": "S19", "age": 33, "sex": "M", "notes": [
("2023-11-02", "CDCES Education Visit", """
DM education
33M T1DM on MDI (glargine + aspart pens), eGFR 98, no CKD.
His mother had calciphylaxis while on hemodialysis and died in 2019; he is
worried his shots will give him "what mom had". Explained it is tied
mostly to kidney failure, and his kidneys work normally.
Injection sites checked - no lumps, no skin changes.
Rotation reviewed. Pump interest; info given.
He asked if his kids should be tested - told him there is no screening test
and it is not passed down the way he fears. He seemed relieved.
A1c 7.1. Hypo awareness intact.
BMI 23.9
"""),
("2024-02-20", "Endocrinology Clinic Note", """
Endocrinology - pump start visit
33M T1DM, starting tubed pump today with CDCES.
Skin exam: normal abdomen and thighs, lesion-free.
Family hx: mother - calciphylaxis on dialysis.
Kidney fxn normal, UACR 12. No calciphylaxis concern.
Settings: basal 0.8 u/h flat to start, ICR 1:12, ISF 1:50, target 110.
Set changes every 3 days, abdomen and thighs rotated. Saline trial done in
clinic, first insulin set inserted R abdomen by pt.
Hypo treatment and pump failure back-up plan (pens in fridge) reviewed.
BMI 24.1
"""),
]}

S20 = {"patient_id": "S20", "age": 57, "sex": "F", "notes": [
("2025-06-10", "CDCES Education Visit", """
DM education - pre-dialysis
57F T2DM on glargine + lispro pens, CKD 5 (HD start planned July). On
warfarin for recurrent DVT.
Discussed with pt: once on dialysis her risk of calciphylaxis goes up;
should a very painful purple or black spot ever show up on her skin,
she is to phone us that day. Told her a heat pad, or the hot-water bottle
she likes in winter, never goes straight on skin.
Keep rotating insulin sites - never reuse the last spot.
Skin: intact; injection sites normal.
BMI 37.2
"""),
("2025-08-19", "Nephrology Progress Note", """
Nephrology
HD started 7/21/25 through a tunneled R IJ line while the fistula
matures. Tolerating MWF.
Skin: intact, no lesions, nothing to suggest calciphylaxis.
Warfarin continues (INR 2.4).
Labs: K 4.9, P 5.8, Ca 9.1, PTH 340, Hgb 9.8 -> ESA started.
Dry weight being challenged down 0.5 kg/wk; cramps last 30 min of Rx x 2.
Binder: sevelamer 800 tid. Insulin lowered on HD days by endo (glargine
20 -> 16 u).
Vascular access: fistula check with surgeon next month, line site clean.
RTC 1 mo.
"""),
("2025-10-02", "Dietitian Note", """
Renal/diabetes dietitian
57F T2DM, ESRD on HD since July. Phos 5.8.
Reviewed phosphorus additives, binder with first bite. Carbohydrate
counting refresher for lispro.
Label reading practiced with 3 packaged foods she brought. Diet recall:
fast food 3-4x/wk, sodas most days; goal set to swap to water and home
lunches on HD days. Fluid limit 1 L/day reviewed with ice-chip tips.
Wt 101 kg, BMI 36.8
Questions about insulin on HD days answered; refer back to endo CDCES.
F/u 6 wks.
"""),
]}

PATIENTS = [S15, S16, S17, S18, S19, S20]
