"""probe207 corpus notes, C08-C14 (PICC, IV team and vascular-access nursing, and the clinics
around them; all people, places and wording invented)."""

C08 = {"patient_id": "C08", "age": 77, "sex": "M", "notes": [
("2023-04-11", "IV Team Daily Rounds", """
IV TEAM DAILY ROUNDS - 4 East                                   04/11/2023
77M. ESRD. Dialysis Tue-Thu-Sat, tunneled cath in the R IJ. AF, takes
warfarin. No diabetes.
PIV: 22g L dorsal hand, day 2, VIP 0, dressing intact, flushes easily; pip/tazo q8h.
Walking the hall w/ IV pole and PT. Pt tells us he banged his R shin on the pole's
wheel base yesterday afternoon.
R anterior shin: 4 cm purple bruise w/ a 1 cm superficial abrasion, no active bleed.
INR 3.1 this AM. Primary RN aware; rinsed w/ saline, left open to air at pt request.
Plan: keep PIV, reassess in AM. Pole w/ wider base ordered from supply.
"""),
("2023-05-24", "Outpatient HD Rounding Note", """
Outpatient HD rounding note - Dr Feld                              5/24/23
77M, dialyzes Tu-Th-Sa, tunneled R IJ catheter. AF - warfarin, aiming 2 to 3.
Not diabetic.
Sore R anterior shin since early May per pt; hurts most at night,
OTC ointment has done nothing.
R anterior shin: ulcer 3x2.5cm with a black middle, violaceous mottled rim, very
tender. DP/PT pulses by doppler.
Dry wt 64.5 kg, BMI 22.8. Pre-HD BP 162/70.
Chem: phos 6.9, iPTH 930, Ca 9.1, albumin 3.3.
Assessment: R shin ulcer - worried about calciphylaxis (warfarin, phos and PTH both
high); arterial ulcer less likely.
Plan: derm to biopsy this week; ABIs; cardiology asked about apixaban in place of warfarin.
"""),
("2023-06-02", "Dermatology", """
Dermatology                                                   June 2, 2023
Path (5/26 punch, edge of the R anterior shin ulcer): calcified arterioles, thrombi in
the vessels, lobular panniculitis -> calciphylaxis.
On exam, R anterior shin: ulcer now 3.5x3cm, dry eschar, retiform purpura encircling it.
Legs, trunk and arms otherwise without lesions.
ABIs fine (R 1.0 / L 1.05).
A: calciphylaxis, biopsy-proven, R lower leg.
P: STS (25 g) to be run IV on dialysis days; warfarin stopped 5/30, now apixaban; wound care
w/ hydrogel + silicone foam; pain plan w/ nephrology; return 4 wks.
"""),
]}

C09 = {"patient_id": "C09", "age": 62, "sex": "F", "notes": [
("2024-02-12", "Infiltration Report - Med/Surg", """
INFILTRATION REPORT - Med/Surg 5B                              2/12/2024 2205
62F, adm 2/10 w/ community-acquired pneumonia. ESRD on CAPD. DM2.
Vancomycin 1 g running through a 20g PIV, R forearm (placed 2/10).
Pt c/o tightness; site swollen 6 x 4 cm, cool, blanched, sluggish blood return.
Infusion stopped, ~60 mL infiltrated. PIV pulled, arm up on 2 pillows.
Warm compress 20 min per unit protocol for non-vesicants, repeat q6h x 24 h.
No new IV: hospitalist switched abx to PO doxycycline.
VS: T 37.6, HR 96, BP 148/82, RR 20, SpO2 93% 2L.
Pt updated. Incident logged.
"""),
("2024-03-20", "PD Clinic", """
PD CLINIC                                                        March 20 2024
62F. CAPD for ESRD. T2DM (linagliptin + diet; no insulin, ever). Obese.
Interval: in hospital 2/10-2/14 for pneumonia. The R forearm infiltration has healed,
no marks left.
New: painful purple lump on the L forearm that came on about two weeks ago by itself;
she denies any needle sticks, IVs, knocks or burns to the left arm.
Exam: L dorsal forearm, violaceous hard plaque 3cm round, dusky centre.
R forearm skin normal.
88kg / BMI 33.0. BP 140/86.
Chem: iPTH 845, PO4 7.2, Ca 9.7.
Plan: derm to biopsy, question of calciphylaxis; lower dialysate Ca; binder review.
"""),
("2024-03-28", "Dermatology Clinic", """
Derm clinic                                                        03/28/2024
L dorsal forearm plaque. Bx 3/22: von Kossa + arteriolar calcification with
thrombi - calciphylaxis.
The only recent line or infiltration was on the R forearm (vanco, 2/12), opposite
arm; the left arm has had no trauma at all, so no link to a site injury here.
Exam: L forearm necrotic plaque now 3.5x3cm, eschar forming in the centre.
Plan: IV STS thrice weekly as an outpatient (R arm access only).
Wound: Medihoney, foam. Pain: APAP, plus gabapentin 100 qhs. RTC 3 wks.
"""),
]}

C10 = {"patient_id": "C10", "age": 69, "sex": "M", "notes": [
("2020-11-24", "Vascular Access Team Consult", """
VASCULAR ACCESS TEAM CONSULT                                  11/24/20 1330
Request: PIV for IV abx + contrast CT.
69M ESRD on HD (R radiocephalic AVF - LIMB ALERT R arm). DM2 on insulin.
L arm: forearm veins sclerosed, cordlike. A painful purple plaque sits on the lateral
L upper arm, foam dressing over it, there since early November per pt;
wound team following. Area avoided.
Procedure: US-guided 20g 1.88" PIV, L medial upper arm (basilic), 1 attempt, about
11 cm from the plaque. Secured w/ SSD + TSM, flushed easily.
Febrile 37.9, tachy 102, BP 110/60.
"""),
("2020-11-26", "IV Team Follow-up", """
IV team f/u - Thanksgiving Day, 11/26/2020
L upper arm US PIV: pt c/o ache, site puffy ~3 cm, slow to flush -> grade 1
infiltration (NS). Removed, catheter intact. Arm elevated.
No new PIV needed, ID changed abx to PO linezolid.
L lateral upper arm plaque unchanged; dressed by wound RN today.
Pt in good spirits, family visiting with pie.
Temp 37.2, pulse 88, BP 124/70. Weight 91.2; BMI 29.9, which the RD calls overweight.
Insulin: glargine 18 u, lispro with meals. HD tomorrow via R AVF as usual.
"""),
("2020-12-01", "Dermatology Consult", """
Derm consult                                                      Dec 1, 2020
Bx 11/27, L lateral upper arm plaque: arterioles of the subcutis calcified, with
fibrin thrombi and necrotic fat -> calciphylaxis.
Timeline: per pt and wound team it began in the first days of November, weeks before
the basilic PIV (11/24) and its infiltration (11/26). Before it appeared he had no
shots, burns or injury to that arm.
Exam: violaceous 5x4cm plaque, lateral aspect L upper arm, w/ black centre. Medial upper
arm PIV site normal skin.
Plan: STS during HD from 12/2; wound RN; pain regimen; recheck 2 wks.
"""),
]}

C11 = {"patient_id": "C11", "age": 58, "sex": "F", "notes": [
("2022-09-07", "Wound Care RN Consult", """
WOUND CARE RN CONSULT                                            09/07/2022
58F. ESRD on HD. DM type 2, diet only. Obese. Warfarin stopped last yr, on apixaban.
Wound: R lateral calf, began mid-August per pt as a sore purple spot.
Measure: 6 x 4 x 0.2 cm; eschar (black) ~70%, slough ~30%, a little serous drainage,
violaceous edges, periwound indurated, no odour. Pain 9/10 w/ touch.
Pt recalls no fall, knock or other injury to that calf beforehand.
Treatment: loose slough trimmed at bedside w/ forceps and scissors (conservative
sharp), topical lidocaine first; calcium alginate, bordered foam, paper tape.
Recs: derm for bx (?calciphylaxis), float heels, dressing q2 days.
"""),
("2022-09-13", "Dermatology Consult", """
DERMATOLOGY CONSULT                                             Sept 13, 2022
R lateral calf ulcer, bx of edge 9/8: mural calcium in small/medium vessels of the
fat, thrombi, fat necrosis; VK-positive. Diagnosis: calciphylaxis.
Exam: R lateral calf wound 6.5x4cm, eschar, retiform purpura along its margins. The left
leg is clear.
BMI 38.1.
Risks noted: dialysis-dependent ESRD, obesity, warfarin in the past, female sex.
Plan: STS 25 g, infused during the final hr of HD; off calcium carbonate; wound RN to keep
following. Prognosis talked over openly with her and her husband.
"""),
("2022-09-19", "Vascular Access Team Consult", """
VAT CONSULT                                                          9/19/22
Request: access for IV cefazolin x 2 wks (cellulitis around R calf wound).
HD via L forearm AVF - LIMB ALERT L arm. R arm veins poor.
No lines in the legs per derm (calciphylaxis R calf).
Procedure: US-guided 18 cm midline, R upper arm basilic, 1 attempt, blood return,
CHG disc + TSM. Ext 0 cm, arm circ 38 cm.
Pt tol well. Midline care per policy; dressing change q7d. Flush SASH.
Note: she asked whether the wound would heal faster w/ the IV abx; deferred to ID.
"""),
("2022-10-03", "Wound Dressing Change Log", """
WOUND DRESSING CHANGE LOG - R lateral calf                               10/3/22
Old dressing removed, moderate serosanguineous drainage, no odour.
Now 6.2 by 3.8 cm, depth 0.3; eschar lifting from the edges, 40% red granulation.
Cleansed NS, calcium alginate, bordered foam, paper tape, tubular bandage.
Pain 6 of 10 (9 last time). Midline R UA intact, last cefazolin today, VAT to pull tomorrow.
Pt asks about going to her sister's for Columbus Day weekend; told ok if dressing
changed by home health.
Next change 10/5.
"""),
]}

C12 = {"patient_id": "C12", "age": 52, "sex": "M", "notes": [
("2021-03-02", "HD Rounding Note", """
HD ROUNDING NOTE                                                  3/2/2021
52M. ESRD; HD 3x/wk, access = L upper arm graft. T1DM, insulin pump.
New c/o very painful hard purplish areas low on the belly, right and left, since
February. He is clear that he never puts the pump set in his belly, "always the
backs of my arms"; denies heating pads, belts, bumps or any other injury there.
Exam: lower abdomen bilat, indurated violaceous plaques of 4-6 cm, reticulate edge,
the L one with a small black centre.
80 kg, BMI 26.0. Pre BP 158/88.
Chem: iPTH 1210, Ca 10.1, PO4 8.2.
Plan: derm bx; no calcium binders; start cinacalcet 30.
"""),
("2021-03-09", "Dermatology Clinic", """
Dermatology clinic                                                9 Mar 2021
Bx 3/4 (L-sided lower abdominal plaque): calcium in small vessel walls with thrombi,
panniculitis -> calciphylaxis.
Exam: bilateral lower abdomen, 2 plaques, L 6 x 5 cm now w/ eschar, R 4 x 4 cm.
Pt again says nothing was ever injected there (pump sites only on the posterior
upper arms, those skin areas normal) and no heat or pressure to the belly.
Dx: calciphylaxis, lower abdomen bilat, no local trauma.
Plan: admit for pain control and STS start. Pump to stay on, endocrine aware.
"""),
("2021-03-15", "Vascular Access Team Consult", """
VASCULAR ACCESS TEAM CONSULT - 7 North                                03/15/2021
Admitted 3/10 for pain, calciphylaxis lower abdomen.
Asked to plan longer-term access for STS. LIMB ALERT L arm (AVG).
DVT ppx: enoxaparin SC was ordered 3/10 but pt refused, never given; heparin SC also
declined. SCDs only.
Recs: if SC heparin is ever given, use the thighs, not the abdomen. Port or tunneled
line under discussion w/ IR; nothing placed yet. STS given via HD circuit for now.
No PIV needed today. Will follow.
"""),
]}

C13 = {"patient_id": "C13", "age": 73, "sex": "F", "notes": [
("2018-05-08", "Infiltration/Extravasation Report", """
IV INFILTRATION REPORT - 3 South                                   05/08/2018 1630
73F. ESRD - HD through a tunneled cath, R IJ. DM2, takes glipizide.
20g PIV L antecubital fossa (placed 5/7 in ED). KCl 10 mEq/100 mL running.
Pt c/o burning at the elbow crease; swelling ~5 cm, cool, blanched.
Stopped, ~30 mL infiltrated, PIV removed, elevated on pillow.
Cool compress 20 min per protocol for KCl, then q4h x 24 h.
New 22g PIV R hand by IV team, first pass.
Skin intact above the elbow crease and on the upper arm.
Charge RN and hospitalist informed; safety event entered.
"""),
("2018-06-12", "HD Rounding", """
HD rounds, Tuesday                                                6/12/18
73F, Tu/Th/Sa runs, tunneled R IJ. DM2 (glipizide). BMI 31.0.
Pt: a very painful hard spot high on the outer L arm, from the first days of June.
Exam: L arm, lateral, midway between shoulder and elbow: 4x3cm plaque, violaceous, indurated, edge
netlike. L antecubital skin normal, old IV site healed.
Chem: PO4 7.0, iPTH 690, Ca 10.4, albumin 3.1.
Plan: derm urgent; no calcium in binder; raise cinacalcet. Dry weight unchanged.
Asked nurses to avoid BP cuff and sticks on the L arm until derm sees her.
"""),
("2018-06-20", "Dermatology Consult", """
DERMATOLOGY CONSULT                                               20-Jun-2018
Bx 6/15, L lateral upper arm: calciphylaxis (arteriolar calcification, thrombosis).
Exam: L lateral mid upper arm - plaque, 4.5 x 3.5, beginning central eschar.
The KCl infiltration in May was in the L antecubital fossa; this lesion lies on the
lateral upper arm roughly 12 cm above the elbow crease, and the antecubital skin
is normal. Not at the old IV site.
Plan: STS with her TTS runs; foam dressings by HD nurses; pain service; obesity noted
as an added risk. Pt and son updated, questions answered.
"""),
]}

C14 = {"patient_id": "C14", "age": 66, "sex": "M", "notes": [
("2019-08-03", "Extravasation Event Report - ICU", """
EXTRAVASATION EVENT REPORT - SICU                                 08/03/2019 0215
66M; HD-dependent ESRD (tunneled R IJ cath); DM2, insulin; AF - warfarin.
Norepinephrine 8 mcg/min via 20g PIV R forearm (temporary, central line pending).
0150 RN found site blanched, cold, firm, 5 x 7 cm. Infusion stopped and moved
to new L IJ CVC (placed 0205). Aspirated 2 mL, PIV removed.
Phentolamine 5 mg in 10 mL NS injected SC around the blanched area per protocol.
Warm compress x 20 min. Surgery and pharmacy notified.
"""),
("2019-08-09", "IV Team Rounds", """
IV TEAM ROUNDS - SICU                                                8/9/19
R forearm extravasation site: 3 x 2 cm tense blister with dusky base, rest pinker.
L IJ CVC day 6, dressing clean, CHG bath done.
R chest around the HD cath exit: two tape-edge tension blisters from the adhesive
dressing, unroofed, no infection. Changed to silicone tape, no more stretching.
Also noted: both calves wrapped by wound RN for painful ulcers present on admission.
BMI 35.5 (wt 112 kg). HD TTS through R IJ cath.
"""),
("2019-09-04", "Dermatology Consult", """
DERMATOLOGY CONSULT                                               Sept 4, 2019
Bilat calves: painful ulcers since late July, before his ICU stay, 5 and 7 cm,
black eschar, retiform purpura edges. Bx 8/28 of R calf: calciphylaxis.
R forearm: healing necrotic ulcer at the norepinephrine extravasation site, this is
pressor extravasation necrosis. R chest: healed tape blisters. Neither is
calciphylaxis. Nothing was done to the legs before the ulcers (no lines, shots, heat,
falls). No skin changes at insulin sites (abdomen).
Plan: STS with HD; cardiology to replace warfarin w/ apixaban; wound care.
"""),
]}

PATIENTS = [C08, C09, C10, C11, C12, C13, C14]
