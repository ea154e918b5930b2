"""probe183 corpus notes, C08-C14 (neuroimmunology / MS clinic and the services around it; all invented)."""

C08 = {"patient_id": "C08", "age": 63, "sex": "F", "notes": [
("2024-02-06", "Chemodenervation Procedure Note", """
PROCEDURE NOTE - chemodenervation (MS spasticity clinic)
Date: 02/06/2024
Pt: 63F, SPMS, L > R hip adductor spasticity interfering with perineal hygiene and transfers.
Consent signed. Time-out done.
Agent: onabotulinumtoxinA 200 U reconstituted in 4 mL NS.
Technique: EMG guidance, 25G needle through the skin of the L medial thigh:
 - L adductor longus 100 U (2 points)
 - L adductor magnus 100 U (2 points)
No complications, scant bleeding, plasters applied.
After care: ice to the points 10-15 min if sore, stretching BID, report any weakness.
PMH: ESRD (in-centre dialysis thrice weekly); T2DM - linagliptin only, never insulin;
obesity, BMI 41.6.
RTC 12 wks for repeat injection; goal scale (GAS) set for hygiene and scissoring.
"""),
("2024-04-02", "Nephrology Hemodialysis Visit", """
Nephrology - monthly HD visit
63F ESRD on HD, T2DM (linagliptin), SPMS.
S: a red-purple, very sore patch high on her inner L thigh, present since St Patrick's Day.
After the botox shots in February she iced that inner thigh twice daily for roughly 2 days.
O: BP 150/82, post-HD wt 112.4 kg, BMI 41.2.
L proximal medial thigh: 7x5cm firm violaceous plaque, retiform margins, 2 small black
islands; exquisitely tender.
Ca/PO4/PTH 9.7/6.1/880.
A: strongly suspect calciphylaxis.
P: derm same day (walked her over), STS 25 g each HD if confirmed, binder change.
"""),
("2024-04-16", "Dermatology Follow-up", """
DERM FOLLOW-UP - bx results
63F, L medial thigh plaque since 3/17/24.
Punch bx 4/2/24: subcutaneous arteriolar calcification, luminal thrombus, necrotic fat ->
calciphylaxis.
Its footprint matches the EMG-guided botulinum injection points in the L adductors
(2/6/24), an area she then iced; we think the needle and the cold localized it.
Exam: now 8x5cm, central eschar 2x1.5cm. R thigh clear.
Plan: thiosulfate on dialysis days, wound care, no further botulinum into the L adductors
for now - will discuss with spasticity clinic; pain plan with palliative team.
"""),
]}

C09 = {"patient_id": "C09", "age": 44, "sex": "M", "notes": [
("2021-05-18", "Neuroimmunology Follow-up", """
NEUROIMMUNOLOGY FOLLOW-UP  18 May 2021
44M RRMS (dx 2012), residual R hemiparesis from a 2016 cervical relapse - R hand clumsy.
DMT: interferon beta-1a 44 mcg SC TIW (prefilled pen) since 2013. Because of the R hand he
injects with his L hand only: L thigh and lower abdomen, never the R side.
Injection-site redness transient, no necrosis. LFTs wnl, WBC 4.1.
ESRD (reflux nephropathy), HD through a left forearm graft. Nondiabetic. Has never taken
warfarin.
VS 138/84, HR 74, 76 kg, BMI 25.4.
EDSS 3.0. MRI 3/2021 unchanged.
Plan: continue IFN; reviewed higher-efficacy options, pt prefers to stay put; labs q6mo.
"""),
("2021-09-07", "Nephrology Clinic Note", """
Nephrology / HD clinic note 9/7/21
S: since late August a painful knot in the R thigh, the skin over it now darkening. No injury.
O: BP 146/88.
R anterolateral thigh: 4x4cm indurated violaceous nodule, retiform purpura on its surface,
skin unbroken. L thigh and abdomen: faint IFN injection marks, no lesions.
Ca/PO4/PTH 10.4/7.8/1340 (PTH was 900), albumin 3.5.
A: concern for calciphylaxis; severe secondary hyperparathyroidism.
P: derm bx, start cinacalcet, sevelamer up, refer for parathyroidectomy evaluation.
Dialysate calcium 2.5. Dicussed with pt and his sister.
"""),
("2021-09-21", "Dermatology Consult", """
Derm consult
44M on HD, RRMS on SC interferon.
Lesion R anterolateral thigh since end of August.
Bx 9/14/21 R thigh: calcium in subcutaneous vessel walls, thrombi, panniculitis -
calciphylaxis.
He says he has never injected his right thigh; he uses only the L thigh and the belly. No fall,
bump, heat or cold to the R leg.
Exam: R thigh plaque now 5x4cm, eschar 1 cm at its centre. Injection areas on the L thigh and
lower abdomen unremarkable.
Impression: biopsy-proven calciphylaxis R thigh, away from every injection site he uses.
Plan: thiosulfate with dialysis, wound care, parathyroid work-up; he may keep injecting the
left side for now.
"""),
]}

C10 = {"patient_id": "C10", "age": 71, "sex": "F", "notes": [
("2018-07-03", "PD Clinic Note", """
PD clinic - 07/03/2018
71F ESRD (DKD) on APD, PPMS (EDSS 7.5, power wheelchair).
Meds: insulin detemir 14 u + lispro sliding scale; warfarin 3 mg (AF); sevelamer.
S: daughter noticed mottled painful skin on the L calf since mid-June; now a sore in the middle.
Neither of them remembers any knock or injury to that leg.
O: BP 118/64, 84.5 kg, BMI 31.2.
L posterior calf: livedo racemosa about 8x6cm around a 2 cm central ulcer with dusky edges.
A: suspect calciphylaxis (DM, warfarin, PD, obese).
P: derm punch bx; hold warfarin and talk to cardiology about alternatives; wound RN.
"""),
("2018-07-17", "Dermatology Consult", """
DERMATOLOGY
71F on APD, PPMS, power chair user. L calf ulcer with livedo since mid-June 2018.
Exam: L posterior calf net-like violaceous livedo (9x6cm); the central ulcer, 2.5x2cm, is capped
by firmly adherent black eschar and very tender; R leg normal; nothing elsewhere.
Punch bx 7/10: mural calcium (von Kossa-positive) in septal vessels plus thrombi ->
calciphylaxis.
Dx: L posterior calf calciphylaxis, confirmed histologically.
Pain 7/10, worse when the leg hangs down. Dorsalis pedis faint but present; ABI not done
(vessels incompressible on prior study).
Plan: warfarin off (cardiology switching to apixaban), STS IV 3x/wk, dressings, pain control.
"""),
("2018-08-28", "MS Clinic Follow-up", """
MS CLINIC - f/u
71F PPMS, EDSS 7.5, on ocrelizumab (last 5/2018).
Interval: fell during a pivot transfer at home on 8/19; L calf hit the wheelchair footplate,
skin tear and bruise just below the calciphylaxis wound she has had since June. Daughter
dressed it.
Exam: L posterior calf calciphylaxis ulcer 3x2.5cm under eschar; healing 2 cm skin tear and
ecchymosis 3 cm distal to it. R leg intact.
BMI 30.9 (83.6 kg).
A/P: - PPMS stable; next ocrelizumab Nov.
- transfer training with OT, footplate padding
- wound care continues; the footplate injury came after the ulcer.
"""),
]}

C11 = {"patient_id": "C11", "age": 59, "sex": "M", "notes": [
("2019-10-08", "Wound Clinic Note", """
WOUND CLINIC
59M; HD for ESRD; insulin-treated T2DM; RRMS; BMI 44.1.
Dx: calciphylaxis R lower abdomen / pannus - incisional bx 9/24/19 (outside derm) confirmed.
Onset early September 2019 per pt.
Wound (R lower abdominal pannus): 9x6cm, eschar ~60% and slough ~40%, foul odor, mod drainage.
Procedure: excisional sharp debridement of eschar/slough down to subcutaneous tissue, 54 cm2,
curette + scissors, hemostasis w/ silver nitrate.
After debridement: NPWT at -125 mmHg continuous, drape edges reinforced with hydrocolloid tape.
Plan: home health nurse to change the NPWT three times weekly, STS w/ HD, offload pannus with
a sling.
"""),
("2019-10-22", "MS Clinic Visit", """
MS Clinic - 59M RRMS since 2004, EDSS 3.5, on interferon beta-1b 0.25 mg SC every other day
for 11 yrs.
Injection sites: he alternates the posterior upper arms and both thighs - stays off the belly
because of the pannus.
Insulin glargine and lispro also go into his upper arms.
Abdominal calciphylaxis wound being treated with a wound vac (vac intact today).
Vitals BP 150/90, HR 86, BMI 43.8.
Exam: small lipoatrophic dents on both upper arms; thighs clear. Neuro stable, mild L leg
weakness unchanged.
A/P: continue IFN, no change; encouraged to keep wound clinic visits; MRI due in spring.
"""),
("2019-11-19", "Wound Clinic Follow-up", """
Wound clinic f/u
R lower abdominal calciphylaxis: 8x5.5cm, 70% red granulation, 30% slough.
Periwound: superficial tape blisters at the drape edge inferiorly - hydrocolloid tape stopped.
Procedure: selective debridement of slough with a curette, minimal bleeding.
NPWT resumed with a silicone border dressing.
Exudate moderate, serosanguineous; canister 60 mL in 48 h. No cellulitis at the margins.
Pannus sling in use daily. Glucose log: fastings in the 140s; he still doses insulin in
his upper arms.
Pain 4/10. Wt stable.
Plan: continue NPWT 3x/wk, STS with HD; recheck 2 wks.
"""),
]}

C12 = {"patient_id": "C12", "age": 50, "sex": "F", "notes": [
("2020-03-03", "Nephrology Office Visit", """
Nephrology office
50F, ESRD on HD TTS (lupus nephritis), RRMS on dimethyl fumarate. A1c 6.1 - not diabetic per
endocrine.
Took warfarin 2015-2017 after a provoked clot in the leg; off it since.
S: painful hard patches on both buttocks since early February; sitting hurts.
No falls. Nothing injected into the buttocks, no heating pad, no ice.
O: bilateral buttocks, violaceous indurated plaques with retiform purpura - R 6x5cm, L 5x4cm
with central eschar.
BMI 29.9 (overweight).
Ca/PO4/PTH 10.0/6.6/720.
A: suspected calciphylaxis.
P: derm bx; non-calcium binder; cinacalcet.
"""),
("2020-03-17", "Dermatology Consult", """
DERMATOLOGY CONSULT
50F on HD, RRMS.
Lesions: both buttocks since early February 2020.
Punch bx L buttock 3/10/20: calcified subcutaneous arterioles with thrombi, lobular fat
necrosis; signed out by pathology as calciphylaxis.
Trauma history negative: she has had no shots there, no hot or cold applications, no fall
and no pressure sores.
Exam: plaques enlarging, L now 6x5cm with eschar; R intact.
Dx: calciphylaxis, bilateral buttocks, biopsy-proven.
Pain 6/10 seated, eased lying on her side.
Plan: thiosulfate at each dialysis session, wound nurse, pain team; f/u 3 wk.
"""),
("2020-04-14", "MS Clinic DMT Review", """
MS CLINIC - DMT review
50F RRMS, EDSS 2.0. Lymphopenia on dimethyl fumarate (ALC 0.5 x 2).
Plan to switch to ofatumumab SC injections once the buttock calciphylaxis is stable; she will
inject only into the front of the thighs, never the buttocks or hips.
Counselled: no ice packs and no heating pads on the buttocks; if new ulcers develop, call
us and derm the same day.
Vitals: BP 132/80, HR 74, BMI 29.9.
Neuro exam: stable.
RTC 3 mo; MRI before the switch.
"""),
]}

C13 = {"patient_id": "C13", "age": 57, "sex": "M", "notes": [
("2017-06-13", "MS Clinic Follow-up", """
MS CLINIC F/U  13-Jun-2017
57M RRMS (dx 2009), EDSS 2.0.
DMT: interferon beta-1a 30 mcg IM weekly (pen) since 2016, self-injected into the L
mid-lateral thigh every Sunday - always the left, roughly one palm-width above the knee.
Flu-like sx day after, releived by acetaminophen.
ESRD on HD MWF (ANCA GN, in remission). No diabetes. No warfarin.
Vitals: BP 134/82, HR 70, BMI 24.6.
Exam: normal gait, mild vibration loss in feet.
Labs: ALT 28, WBC 5.2, TSH nl.
Plan: continue IFN; MRI in Dec.
"""),
("2017-09-05", "Hemodialysis Rounding", """
HD ROUNDING 9/5/17
57M ESRD on HD, RRMS.
S: painful spot over the L hip since mid-August, worse lying in bed.
O: BP 150/86, post wt 71.8 kg.
Over the L greater trochanter: purpuric indurated plaque 5x4cm, dark eschar centrally;
thighs otherwise intact.
Ca/PO4/PTH 10.2/7.0/1010.
A: possible calciphylaxis.
Run today: 4 h, Qb 400, UF 2.1 L, cramping in the last half hour only. Still taking his
weekly MS injection, none missed. Acetaminophen for pain so far; wants something stronger
at night.
P: derm; STS pending bx; binder change.
"""),
("2017-09-19", "Dermatology Consult", """
Dermatology consult
57M on HD, RRMS on weekly IM interferon.
Lesion: L lateral hip, centred on the greater trochanter, since mid-August 2017.
Punch bx 9/12/17: calcium in subcutaneous vessel walls, clot, necrotic fat lobules ->
calciphylaxis.
His interferon sites are on the L mid-lateral thigh, about 20 cm below the lesion; skin there
is normal. He recalls no knock or other injury to the hip.
Dx: L lateral hip calciphylaxis (path-confirmed), remote from his injection area.
Plan: thiosulfate during dialysis, wound nurse, analgesia; interferon into the thigh may
continue.
"""),
]}

C14 = {"patient_id": "C14", "age": 62, "sex": "F", "notes": [
("2022-04-05", "MS Clinic Visit", """
MS CLINIC VISIT - 04/05/22
62F RRMS on glatiramer 20 mg SC daily since 2010, abdomen only.
Injection sites: lipoatrophy pits across the lower abdomen; one small dark scab at an LLQ site
for a week, she thinks from a "bad shot".
Since last winter, most nights, an electric pad warms her lumbar area for back
pain; lacy brown-red net on the low back.
ESRD treated with CCPD. Type 2 diabetic, insulin pens into the upper arms.
Vitals: BP 126/74, HR 80, wt 85 kg, BMI 32.6.
A/P: RRMS stable. Rotate injection sites more widely; pad on lower setting with a barrier.
Consider switching DMT if site reactions continue.
"""),
("2022-05-10", "PD Clinic", """
PD CLINIC 5/10/22
62F ESRD (CCPD), insulin-requiring T2DM, RRMS.
New: painful lesions on both calves, she first saw them roughly three weeks back.
Exam: retiform purpura on both calves - R 5x4cm with central eschar, L 4x3cm.
LLQ injection scab nearly healed. Low back: reticulated brown patches with a 1 cm blister.
Ca/PO4/PTH 9.6/6.9/810, alb 3.2.
CCPD: 4 overnight cycles, UF ~800 mL/day, effluent clear, no peritonitis this year.
Insulin glargine 20 u into the upper arms. Wt 85.6 kg.
A: calves concerning for calciphylaxis.
P: derm bx; STS if confirmed; binder change.
"""),
("2022-05-24", "Dermatology Consult", """
Dermatology consult
62F, PD, RRMS on glatiramer.
Punch bx R calf 5/17/22: calcium-laden arterioles, thrombi, fat necrosis - calciphylaxis.
LLQ: glatiramer injection-site necrosis, healing, with lipoatrophy - not calciphylaxis.
Lumbar skin: erythema ab igne plus a shallow thermal burn under the heating pad; this too is
not calciphylaxis.
No injections, heat, cold, compression or injury to the legs.
Dx: calciphylaxis, both calves, confirmed on histology.
Plan: STS via PD protocol, wound care; stop heating pad; MS team to review DMT; photos
for comparison at next visit.
"""),
]}

PATIENTS = [C08, C09, C10, C11, C12, C13, C14]
