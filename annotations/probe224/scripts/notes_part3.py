"""probe224 corpus notes, B15-B20 (nursing care plans and the clinics around them; all invented)."""

B15 = {"patient_id": "B15", "age": 61, "sex": "F", "notes": [
("2017-08-14", "Dialysis Unit RN Care Plan", """
Dialysis unit - quarterly RN care plan
61F, ESRD, in-center HD MWF x 4 yr. Type 1 DM on insulin - for years she has injected
it into the skin ringing her navel. HTN. No warfarin. BMI 37.5 (obese).
NDx Ineffective health management (00078) r/t fluid intake AEB IDWG 3.8 kg.
  Goal: IDWG under 2.5 kg. Interv: ice chips, sugar-free candy, fluid diary.
NDx Acute pain (00132) r/t new skin lesion AEB guarding her abdomen. On 8/1/17 she found a
hard, tender, purplish lump just L of the navel, in an area she uses for insulin.
  Interv: reported to nephrologist; told to use her upper arms for insulin until the MD
  has looked at it.
Monthly labs: phos 7.6 (!), PTH 760, Ca 9.9.
"""),
("2017-08-22", "Nephrology Progress Note", """
Nephrology rounding note
Periumbilical L plaque 4x3cm, violaceous, very firm, tender, faint livedo at the edge,
not ulcerated.
DDx: early calciphylaxis vs insulin lipohypertrophy with panniculitis vs organizing hematoma.
Worrisome given Ca x P of ~75; cannot exclude calciphylaxis.
Plan: dermatology to take a deep wedge if they agree; 2.25 Ca bath; sevelamer replacing
calcium acetate; add cinacalcet 30 daily.
HD: 4 h, Qb 400, access working well. Pre-run BP 162/88, IDWG 3.1 kg.
She agrees to the referral but is nervous about needles near the lump. Will re-look at the
plaque next week.
"""),
("2017-09-18", "Dialysis Unit RN Note", """
RN transfer note
Pt's last treatment here was 9/15; she is moving her care to a unit in Tucson near her
daughter. Derm bx had been booked for 9/12 but she cancelled, "didn't want another hole."
Plaque unchanged per pt, still about 4 cm, no open area.
Records faxed incl. nephrology note "possible calciphylaxis - biopsy not done."
NDx Anxiety (00146) r/t relocation - talked through the new unit's schedule; states she
feels ready.
Last wt 92.1 kg post (pre 94.6; EDW 92.0).
"""),
]}

B16 = {"patient_id": "B16", "age": 70, "sex": "M", "notes": [
("2026-01-12", "Home Health Nursing Visit", """
HH SN visit
70M. CKD 4 - last eGFR 19 - not yet needing dialysis. DM2 on linagliptin. PAD. Warfarin for AF
(Friday's INR 2.2). BMI 24.0.
Wife reports that since before Christmas his old rubber hot-water bottle has been wedged
against his L foot overnight because his feet are always cold.
Assessed: L dorsal foot 3x2cm dark brown-black dry eschar, surrounded by purple mottling;
pain 7/10. Was a blister one week ago per wife.
NDx Impaired skin integrity (00046) r/t thermal injury vs ischemia AEB eschar L dorsal foot.
  Interv: no more hot-water bottle - wool socks instead; keep area dry; PCP & vascular
  notified.
Goal: no infection; referral completed this week.
"""),
("2026-01-20", "Dermatology Consult", """
Derm consult
L dorsal foot eschar 3.5x2cm with a retiform purple border. Differential: deep contact
burn from the rubber bottle vs ischemic ulcer (PAD) vs early calciphylaxis (CKD 4,
warfarin, retiform edge) - cannot be sorted out clinically.
Biopsy deferred: ABI 0.5 on the L, high risk the bx site would not heal.
Plan: vascular surgery eval first; if revascularization possible and still unclear, then bx.
He relocates next week to his son's place in Oregon; copies of records given to him.
"""),
]}

B17 = {"patient_id": "B17", "age": 83, "sex": "F", "notes": [
("2016-11-08", "Nursing Care Plan - LTC", """
LTC NURSING CARE PLAN - significant change review
83F; HD Tue/Thu/Sat (ESRD), CHF, mild dementia. Not diabetic. No anticoagulation. BMI 29.0.
Problem: Risk for thrombosis (00291) r/t immobility - knee-high anti-embolism stockings to
both legs daily since 9/20/16. Staff note the R stocking keeps rolling down and bunches into
a tight band around the upper R calf.
Problem: New skin change R upper calf, found 10/30: mottled purplish band w/ a pea-size firm
painful nodule, directly under the rolled stocking edge.
  Approach: stockings off; re-measure for correct size; skin check q shift; NP notified.
Goal: no skin breakdown through next review.
"""),
("2016-11-10", "Nephrology Note", """
Nephrology - SNF visit
R upper calf: 8 cm livedoid band with a 1 cm tender subcutaneous nodule, no ulcer.
Concern for early calciphylaxis (ESRD, PTH 1,020, phos 6.8); DDx pressure-related fat
necrosis, erythema nodosum.
Punch bx discussed - daughter (HCP) declines further procedures.
Goals of care: family considering stopping HD; meeting set for next week.
Otherwise: heels intact, no livedo elsewhere; AVF thrill present. Comfortable at rest,
grimaces when the calf is touched.
Plan: cinacalcet, binder adjusted, avoid compression on legs.
"""),
("2016-11-29", "Hospice Admission Nursing Note", """
Hospice RN admission visit
HD withdrawn 11/22 by pt & family decision. Comfort focus.
Skin: R upper calf nodule with livedo, unchanged; per nephrology "possible calciphylaxis,
never biopsied." Heels intact, sacrum intact.
NDx Acute pain (00132) r/t calf nodule; dyspnea - morphine 20 mg/mL concentrate, 0.25 mL
SL q2h as needed.
NDx Caregiver role strain (00061) r/t end-of-life care - chaplain and social work referral.
VS: BP 98/54, HR 104, RR 24, SpO2 89% RA -> O2 2L for comfort.
Family shown mouth care and gentle turning.
Expected prognosis days to weeks. Daughter at bedside.
"""),
]}

B18 = {"patient_id": "B18", "age": 57, "sex": "M", "notes": [
("2019-03-12", "Nursing Admission Care Plan", """
ADMISSION CARE PLAN - Medicine 9S
57M; ESRD, dialyzes MWF; DM2 on NPH BID; obese (BMI 31.0); HTN; PVD. Cardiac cath 3/1/19
via R femoral. Admitted w/ painful purple toes and leg ulcers that began a few days after the
cath.
Skin: livedo both legs and feet; bilat shins with 3 small punched-out ulcers; toes dusky.
Admitting MD: r/o calciphylaxis vs atheroemboli.
NDx Acute pain (00132) r/t ischemic lesions AEB 8/10, unable to sleep.
NDx Ineffective peripheral tissue perfusion (00204) r/t ?embolic disease AEB cool dusky toes.
  Interv: legs flat, no elevation; pulse checks q4h; no heat to feet.
"""),
("2019-03-14", "Dermatology Consult", """
Derm consult
Bilateral shin ulcers with surrounding livedo racemosa; blue toes.
Punch bx 3/13 L shin: needle-shaped empty clefts plugging small arteries; VK stain negative for
mural calcium; no calciphylaxis-pattern thrombi.
Eosinophils 9%.
Exam: each shin with 0.5-1 cm ulcers, clean bases; several cyanotic toes though pedal
pulses palpable. Thighs and abdomen clear.
Dx: atheroembolic (cholesterol crystal) disease following the 3/1 catheterization.
Calciphylaxis is excluded.
Rec: statin, local wound care, avoid further intravascular procedures if possible.
Discussed with primary team by phone.
"""),
("2019-03-18", "Nursing Shift Evaluation", """
Day shift evaluation
Shin ulcers x3 clean, dressed w/ petrolatum gauze; toes still dusky but warm.
Pain 4/10 on gabapentin + oxycodone.
Teaching done on atheroembolic disease per derm; he wondered whether he has "the calcium
skin thing" - explained that the biopsy ruled it out.
NPH 14 units given this AM, FSBG 176.
Eval: pain goal met; perfusion unchanged.
VS 138/76, 82, 98.0. Walked the hallway twice with his cane. Wife present for teaching.
Plan: d/c home tomorrow with HH for wounds.
"""),
]}

B19 = {"patient_id": "B19", "age": 45, "sex": "F", "notes": [
("2021-05-11", "Nephrology Clinic", """
Nephrology clinic
45F, CKD 3a (eGFR 52) from IgA nephropathy. Not diabetic. Provoked DVT 2012 - took warfarin
half a year, stopped early 2013, nothing since. Wt 64 kg.
Family hx: her sister, who was on PD, died in 2017 of calciphylaxis; pt is afraid of getting
"the same skin disease."
Skin: clear - checked legs, thighs, abdomen; nothing purpuric or nodular.
Labs: PTH 88, bicarb 23; Ca and P in range.
A: CKD 3a, stable. Explained that her own risk of calciphylaxis at this stage is very low.
P: ACE inhibitor continues; labs q6 mo; CKD education class.
"""),
("2021-05-25", "Nursing Education Note", """
CKD education - RN note
NDx Anxiety (00146) r/t family history of calciphylaxis (sister) AEB repeated questions,
tearfulness.
  Goal: pt will state 2 facts about her own kidney disease by end of session.
  Interv: reviewed CKD stages, her labs, diet (low sodium), BP log; answered questions on
  dialysis options in plain terms.
Eval: pt named her stage and her BP goal; reports feeling "less scared."
Skin intact per pt; no new spots.
BP today 128/80 (her goal is under 130/80). Handouts: low-sodium eating, CKD basics.
Follow-up class in 3 months.
"""),
]}

B20 = {"patient_id": "B20", "age": 68, "sex": "M", "notes": [
("2018-04-03", "Dialysis Unit Nursing Care Plan", """
HD unit RN care plan
68M; ESRD since 2015, in-center HD MWF w/ a R radiocephalic fistula. DM2, linagliptin only -
never needed insulin. HTN. BMI 26.2.
NDx Risk for impaired skin integrity (00047) r/t uremia and high phosphorus (7.1).
  Teaching: told him that a small number of dialysis patients get calciphylaxis, a very
  painful skin problem; heating pad = no, ice pack on bare skin = no, and asked
  him to phone the unit right away if a tender purple patch appears.
Skin assessment: intact, no lesions, no livedo.
NDx Deficient knowledge (00126) r/t phosphate binders - sevelamer taken w/ meals reviewed.
Eval: pt repeats teaching correctly.
"""),
("2018-04-17", "Nephrology Note", """
Nephrology monthly rounding
Phos now 6.4 (was 7.1). PTH 410, calcium 9.0. Kt/V 1.4.
Skin exam today unremarkable - no sign of calciphylaxis anywhere.
BP 146/80 pre. EDW 82 kg, tolerates UF.
Pre-HD wt 84.1 kg, IDWG 2.1 kg. Fistula (R radiocephalic) buzzing nicely, both
needles in first try.
Still curious about the painful-skin warning RN Tamsin gave him on 4/3 - reassured, reviewed
what to look for. RD went over dairy and cola with him.
Plan: sevelamer 1600 mg TID, add cinacalcet 30 mg, recheck in 4 wks.
"""),
]}

PATIENTS = [B15, B16, B17, B18, B19, B20]
