"""probe252 corpus notes, F08-F14 (ethics consults, goals-of-care meetings and the clinics around them; all invented)."""

F08 = {"patient_id": "F08", "age": 52, "sex": "M", "notes": [
("2025-03-05", "WOC Nurse Consult", """
WOC nurse consult, 5/3/2025
52M, ESRD -- in-center HD; T2DM, insulin into the abdomen; BMI 44.7 (morbid obesity).
Wife Aurelie: since last summer he has sat nearly all day on a hard wooden kitchen chair in front
of the TV, refuses cushions and rarely shifts his weight. Early in February 2025 she saw dark
patches on both buttocks.
Exam: bilateral buttocks, near mirror-image -- L 8x6cm, R 7x5cm -- black eschar ringed by
violaceous retiform purpura, exquisitely tender; spares the sacrum and ischial tuberosities.
Assessment: atypical for a pressure injury (livedoid edge, pain, location) -- concern for
calciphylaxis.
Plan: derm referral for bx; low-air-loss mattress; offload; no heat.
"""),
("2025-03-14", "Dermatology Consult", """
Dermatology consult
Indication: bilateral gluteal necrotic plaques, HD pt.
Bx L buttock 3/7/25: subcutaneous small arteries with medial calcium, clot within vessels,
septal panniculitis -> calciphylaxis.
Distribution is over both buttocks, where he has sat on the wooden chair since summer '24; that
chronic pressure on fatty skin likely contributed.
Plan: add thiosulfate, 25 g per HD treatment; calcium-based binder stopped, cinacalcet begun; strict offloading;
wound RN 3x/wk; palliative consult for goals and pain.
Insulin glargine continues, abdominal sites only.
"""),
("2025-03-27", "Goals of Care Family Meeting", """
GOALS OF CARE FAMILY MEETING -- 4th floor conference room
Present: wife Aurelie (surrogate), brothers Piet and Joost, HD nephrologist, hospitalist,
palliative care MD (writer).
Pt encephalopathic since 3/20, unable to take part.
Discussion: the buttock calciphylaxis is worsening and now infected; he has needed restraints to
get through HD.
Prognosis: weeks to a few months. Wife: "After his dad died on a machine he said never for him."
Brothers asked about hyperbaric oxygen -- explained the thin evidence and that it is not feasible
in his state.
Consensus: stop HD after this week's sessions; comfort-focused care; inpatient hospice.
DNR/DNI. Chaplain to visit. Insulin cut back to a sliding scale.
"""),
]}

F09 = {"patient_id": "F09", "age": 61, "sex": "F", "notes": [
("2020-05-12", "Dermatology Consult", """
DERM CONSULT
61F, ESRD, HD for 6 yrs; T2DM, insulin since 2015; BMI 38.2 (obese).
HPI: ~4 wk of painful mottling, posterior thighs L and R, now with black areas.
Insulin goes only in her belly, in a circle around the navel -- "never my legs".
Denies falls, heat, tight garments.
Exam: posterior thighs bilat, symmetric livedo racemosa with two necrotic plaques, L (5 cm)
and R (3 cm). Abdomen: mild periumbilical lipohypertrophy, no purpura, no ulcer.
Bx: 5 mm punch L posterior thigh today.
Imp: high suspicion for calciphylaxis.
Plan: nephrology aware; hold off compression; photos for the chart.
"""),
("2020-05-26", "Nephrology Progress Note", """
Renal f/u
Bx 5/12: calciphylaxis. Thiosulfate (25 g) running with every HD since 5/15.
Cinacalcet 30 qd; sevelamer 1600 TID for phos 6.8; calcitriol held.
Warfarin: never.
Insulin: glargine 18 u at HS, lispro correction; keep the periumbilical sites, and she was told not to
inject into her thighs while the lesions are there.
Enoxaparin not indicated.
Wt 101.4 kg, BMI 37.6.
Analgesia: oxycodone 2.5 mg prn plus post-dialysis gabapentin 100 mg; sleeping poorly from the thigh pain.
Referred to palliative care for symptoms and goals.
"""),
("2020-06-15", "Goals of Care Family Meeting", """
Family meeting (video, visitor restrictions in place)
Present: pt, husband Laszlo, daughter Wren, palliative NP, HD nephrologist.
Pt understands she has calciphylaxis of both thighs -- "calcium choking the small vessels".
Prognosis: explained that 1-yr mortality is high and healing is possible but slow.
Pt: wants to keep HD and STS, "give it the summer". Would not want CPR: "my heart is tired."
Husband agrees; daughter asked about transplant -- not a candidate now per nephrology.
Outcome: DNR; continue HD/STS; reassess in August; daughter named HCPOA, forms signed
electronically.
"""),
]}

F10 = {"patient_id": "F10", "age": 75, "sex": "M", "notes": [
("2023-06-20", "Wound Clinic Note", """
Wound clinic -- new
75M, ESRD on HD (TTS), not diabetic, AF -- on warfarin since 2016.
L medial calf ulcer that began over Memorial Day weekend, "a bruise that wasn't a bruise".
He denies that the leg was bumped, scratched, injected or hurt in a fall; no heat, no ice.
Exam: L medial calf stellate ulcer 3.5x2cm, eschar black, retiform purpura all round,
very painful. R leg intact.
ABI 1.1 bilat.
A: suspicious for calciphylaxis given ESRD plus warfarin.
P: derm bx; Vashe-moistened gauze; offload; recheck 1 wk.
"""),
("2023-07-03", "Nephrology Clinic Note", """
Nephro clinic
Bx 6/22/23 (derm): calciphylaxis, L calf. Warfarin stopped 6/23 -> apixaban 2.5 BID started.
STS started 6/27, 25 g each HD.
After the biopsy he began laying a cold pack across the ulcer to numb it, several times daily,
and his daughter once tried a heating pad over the dressing. Both discouraged.
Wound: 4 x 2.5 cm, dressing changed by the HD RN on TTS.
Labs 6/30: Ca 8.9 (alb 3.4), phos 5.9, PTH 640.
BMI 28.1.
Plan: continue STS and sevelamer; low-dose hydromorphone per palliative; follow up in 3 weeks.
"""),
("2023-07-25", "Ethics Consultation Note", """
ETHICS CONSULTATION NOTE
Consult question: pt asks to stop dialysis; daughter Saoirse asks the team to override him,
calling it depression.
Background: on HD 7 years, now painful calciphylaxis of the L leg, two admissions this summer.
Capacity (with psych C-L, 7/24): no major depression; he understands that stopping HD will lead
to death in days to weeks; the choice fits long-held values ("I always said at 75 I'd call it").
Analysis: a competent refusal of life-sustaining treatment is ethically and legally permissible;
the daughter's distress is understandable.
Recs: honor the request after a final family meeting; hospice referral; symptom plan for uremia;
chaplain and bereavement support offered to the daughter.
"""),
]}

F11 = {"patient_id": "F11", "age": 69, "sex": "F", "notes": [
("2018-11-08", "Emergency Department Note", """
ED note
69F, peritoneal dialysis for ESRD (diabetic nephropathy). Seen after she slipped on wet bathroom tiles
at home on 11/6/18 and came down on her L side.
Exam: 15 x 10 cm ecchymosis over the L lateral hip and upper thigh, tender, no deformity;
R side unremarkable. Neuro intact.
Pelvis/L hip films: no fx.
DM: HbA1c 6.4 on diet; no insulin. Not anticoagulated. BMI 31.0.
Dispo: home with a walker, PD as usual, outpatient PT; return if pain worsens or she cannot bear
weight.
"""),
("2018-12-12", "Dermatology Consult", """
Derm consult
PD nurse sent her for a sore, dark area on her R thigh that, by her account, began about three
wks back.
Exam: 6x4cm necrotic plaque, R lateral thigh, livedoid margin. L hip/thigh: fading yellow
bruise, skin intact, no induration.
Hx: the 11/6 fall was onto the L side only; her R leg was not hurt, injected or heated.
Punch bx R thigh (4 Dec 2018, PD clinic): subcutaneous arterioles calcified, with thrombosis.
Dx: calciphylaxis, R thigh.
Plan: nephrology to start IP sodium thiosulfate; wound care with hydrocolloid; pain control;
palliative care referral.
"""),
("2018-12-28", "Family Meeting Note", """
Family meeting, PD unit, 28.12.2018
Attendees: pt, husband Oskar, son Benedek, PD RN, nephrologist, SW.
Topic: next steps with calciphylaxis (R thigh) and whether to keep PD after two peritonitis
episodes last year. Pt wishes to stay on PD at home and wants no hospital stays over the
holidays.
Husband worried about caring for the wound; home health RN arranged 3x/wk.
Code status: pt chooses DNR; husband agreed; son wanted more time but respected her wish.
Advance directive completed, husband HCPOA.
Weight 82 kg, BMI 30.6.
"""),
]}

F12 = {"patient_id": "F12", "age": 64, "sex": "M", "notes": [
("2021-08-10", "Hospital Medicine Progress Note", """
Hospitalist PN, HD#2
64M, ESRD (HD MWF), obese -- BMI 46.2, T2DM on diet alone; admitted with a painful abdominal
wound x 2 wks.
Pannus: 11 x 8 cm necrotic ulcer of the lower L pannus with surrounding retiform purpura.
He denies anything injected into the belly (takes neither insulin nor heparin at home); no heat
source on the abdomen; no belt or tight clothing; no trauma.
Ddx: calciphylaxis vs necrotizing infection vs intertrigo-related breakdown in the pannus fold.
Plan: derm and general surgery consults, wound cx, CT of the abdominal wall.
"""),
("2021-08-12", "Dermatology Consult", """
Dermatology
Deep wedge bx, L pannus ulcer margin, 8/11: calciphylaxis confirmed (von Kossa-positive
calcific arteriolopathy with thrombotic vasculopathy). Tissue cx negative.
Recs: STS via nephrology; debride only if infected; avoid any trauma to the pannus.
DVT ppx: should the team begin SC heparin, use the upper arms and keep away from abdomen
and thighs.
Photos taken for serial comparison; wound RN to use a non-adherent foam with no tape on the skin.
Discussed with the pt, drowsy but answering appropriately; he agrees to STS.
"""),
("2021-08-20", "General Surgery Consult", """
General surgery
Asked to weigh in on the L pannus calciphylaxis.
Options: pannectomy vs conservative care. Perioperative risk very high (ESRD, BMI 46, albumin 2.4).
8/19 at the bedside: loose eschar trimmed from the ulcer margin with scissors, under local lidocaine.
Pt now intermittently confused (?uremic vs septic); capacity for a major operation is doubtful.
He has no spouse or children; brother is the next of kin.
Blood loss minimal; pt tolerated it, grimacing.
Rec: ethics involvement before any pannectomy decision; continue local care; reassess weekly.
"""),
("2021-08-30", "Ethics Consultation Note", """
Ethics consultation
Q: may the brother (Teodor) consent to pannectomy for calciphylaxis now that the pt lacks capacity?
Pt never married; parents deceased; brother is the default surrogate.
Pt told HD staff before this admission that he was "scared of big surgery" and would "rather let
it be".
Surgeon: pannectomy is high-risk and may not heal, but is the only route to source control if
infection sets in. Brother wants surgery.
Analysis: substituted judgment favors avoiding the operation, given the pt's prior words;
best-interest reasoning is unclear.
Recs: conservative care; re-discuss if sepsis; avoid heat, ice and other local insults to the
abdomen.
BMI 45.8 (class III obesity).
"""),
]}

F13 = {"patient_id": "F13", "age": 72, "sex": "F", "notes": [
("2019-04-02", "Nephrology Clinic Note", """
Nephrology clinic
72F, ESRD on HD (MWF) since 2014, T2DM on insulin, HTN.
PMH: in 2017, calciphylaxis of her L anterior thigh at the insulin injection sites she used then, while on
warfarin for a mitral annular thrombus; warfarin was stopped then, and the thigh healed fully by
early 2018 with STS. Since 2018 her insulin is given only in the L and R posterior upper arm.
New: 3 weeks of painful lacy purple skin on both calves, now with small ulcers.
Exam: bilateral calves, livedo racemosa, 1-2 cm ulcers x3 R and x2 L. L anterior thigh: old
healed scar, no active lesion.
BMI 28.9.
Plan: derm bx, restart STS, PTH and phos today.
"""),
("2019-04-16", "Dermatology Note", """
Derm
Incisional bx L calf ulcer edge (2019-04-09): arteriolar calcification and thrombi -> recurrent
calciphylaxis, now of both calves.
Pt and son deny leg injury: no compression hose, no falls, no heat.
Upper-arm insulin sites: clear, no induration.
Labs from 4/2: PTH 1,020, with phos 6.1 and Ca 9.0 -- nephrology raising a parathyroidectomy referral;
pt reluctant.
Son Ruairi asked whether this will behave like the thigh did; explained that a recurrence is often
harder to control and that palliative care will be asked to join.
Recs: STS, hydrogel and foam dressings, no compression; pain regimen per palliative.
"""),
("2019-05-06", "Goals of Care Family Meeting", """
Goals of care meeting
Present: pt, son Ruairi, daughter Morwenna (HCPOA), nephrologist, palliative care.
Pt recalls that the 2017 episode "took a year out of me" and dreads a repeat.
She asked directly how long she has. Shared honestly: recurrence carries high mortality; months
are likely, possibly longer.
Her priorities: no more hospital stays, living at her daughter's house, and less time in the
dialysis chair.
Decisions: DNR/DNI; trial of twice-weekly HD; home hospice evaluation; stop STS if the infusions
become a burden.
"""),
]}

F14 = {"patient_id": "F14", "age": 58, "sex": "M", "notes": [
("2022-02-03", "Urology Consult", """
Urology consult
58M, ESRD on HD; T2DM, insulin pen into the abdomen; PAD.
Asked to see for penile pain and a black glans x 10 days.
No Foley this admission or recently; no urethral instrumentation; no sexual trauma.
Inpatient: DVT ppx heparin SC TID since admission, abdominal sites.
Exam: dry black eschar over the distal glans, 2 cm; shaft dusky with livedo; scrotum normal.
Imp: penile necrosis -- calciphylaxis vs PAD-related gangrene.
Plan: derm for bx of the shaft edge; arterial duplex; avoid catheterization; keep dry.
"""),
("2022-02-10", "Dermatology Note", """
Derm
Punch bx of the penile shaft (2/4/22): calcified small vessels in the dermis and deeper soft
tissue with thrombi. Dx: penile calciphylaxis.
Abdomen (heparin and insulin sites): no purpura, no nodules.
BMI 27.0.
Pt asked that his wife not hear the details from us yet; he will tell her himself -- respected.
The glans eschar may separate on its own; keep dry, barrier cream to the scrotum, no sharp
debridement until urology weighs in.
Recs: STS per nephrology; urology re: debridement vs partial penectomy; pain control;
follow up in clinic after discharge.
"""),
("2022-02-22", "Ethics Consultation Note", """
Ethics consultation
Question (urology): pt declines partial penectomy; his wife asks the team to "talk sense into him".
Pt has capacity: in his own words he explains the risk of infection and sepsis and the poor
outlook of calciphylaxis.
Wife Josiane, herself a type 1 diabetic who gives her own insulin shots into her belly, fears he is
"giving up" the way her father did.
Pt's goals: stay intact, keep HD, go home.
Analysis: informed refusal of surgery by a capacitated adult must be respected; surgery stays
available if he changes his mind.
Recs: honor the refusal; wound care and STS; palliative care for pain; couples meeting with SW.
"""),
]}

PATIENTS = [F08, F09, F10, F11, F12, F13, F14]
