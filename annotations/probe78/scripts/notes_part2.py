"""probe78 corpus notes, F08-F14 (consultation-liaison psychiatry and behavioural health; all invented)."""

F08 = {"patient_id": "F08", "age": 79, "sex": "M", "notes": [
("2025-03-20", "Geriatric Psychiatry Unit Progress Note", """
GERO-PSYCH INPATIENT UNIT - attending progress note
Day 38. Admitted 2/11/25 for severe MDD w/ psychotic features, poor PO intake. ECT deferred pending medical clearance.
Behaviour: remains withdrawn; spends most waking hours slumped at the dayroom table with his weight on his LEFT elbow, head in hand. Staff have redirected him since the day he arrived, with little success.
Skin: nursing flagged that the point of his L elbow has gone dark and sore; pt says it began "2 weeks ago". Pt winces when the elbow is touched. Medical hx: ESRD on HD (MWF, transported to the hospital unit), T2DM on basal insulin, AF on warfarin. Wt 79 kg BMI 28.1.
Plan: sertraline 100 -> 150, olanzapine 5 qhs; elbow pad; medicine consult for skin.
"""),
("2025-03-24", "Medicine Consult Note", """
IM consult for "elbow wound" on psych unit
Pt seen, chart reviewed. Exam: posterior L elbow (olecranon), 4x3.5cm hard plaque, stellate purple-black centre and retiform margin; exquisitely tender out of proportion. R elbow normal. Bursa not fluctuant.
Ca++ 9.6 / phos 6.8 / INR 2.4.
Chronic leaning on that elbow since admission 02/11/25 per psych staff.
DDx: calciphylaxis (ESRD, warfarin, insulin) >> pressure ulcer, septic bursitis unlikely.
Rec: derm bx, hold warfarin if bx confirms and cardiology agrees.
"""),
("2025-03-31", "Dermatology Consult", """
Derm - biopsy results
4 mm punch, L posterior elbow (3/25): tiny subcutaneous vessels rimmed with calcium, clot within them, dead fat around them: calciphylaxis.
Localization fits the sustained pressure of leaning on that elbow.
Weight down to 77 kg, BMI now 27.4.
Recs: STS w/ HD, elbow offloading pillow, OT for posture, stop warfarin -> apixaban, continue basal insulin via abdominal sites only.
"""),
]}

F09 = {"patient_id": "F09", "age": 45, "sex": "F", "notes": [
("2018-05-16", "Behavioral Health Therapy Note", """
DBT skills group + individual
Pt (45F) reports urges to pick increased with her dialysis schedule change. Shows me her RIGHT forearm: multiple shallow excoriations from picking, healing, no deep wounds. She says she "only ever goes at the right arm because I'm a lefty".
Chain analysis completed. Committed to ice-cube-in-hand alternative (skills sheet) and gloves in the evening.
SI denied. Continue weekly.
"""),
("2018-06-04", "Nephrology Clinic Note", """
Renal clinic:
ESRD secondary to DN, dialysing M-W-F (L upper arm AV graft); diabetic (type 2) on insulin glargine 40 u qd. Morbid obesity (BMI 41.0). No warfarin.
New: painful purplish plaque on the LEFT volar forearm, 3 cm, with black centre, noticed end of May. Denies picking there, denies injury, no IV/blood draws on that arm (graft arm). R forearm has old picking marks only.
Concern for calciphylaxis - derm referral today, STS discussed.
"""),
("2018-06-19", "Dermatology Clinic Note", """
Derm:
L volar forearm ulcerated plaque 3.5 cm w/ eschar, retiform purpura. Biopsy 6/8: calciphylaxis, confirmed with von Kossa.
R forearm: scattered linear healing excoriations (skin picking), no induration, no purpura.
Plan: STS, wound care, continue DBT.
"""),
]}

F10 = {"patient_id": "F10", "age": 70, "sex": "M", "notes": [
("2021-05-10", "Dermatology Clinic Note", """
Dermatology consult - outpt
70M, ESRD on HD x6y, Anticoagulated with warfarin for AF, target 2-3. Nondiabetic. BMI 26.0.
Painful lesion L lateral thigh started 5/2/21 as a tender red-purple knot, now 5 cm stellate violaceous plaque w/ dusky center. He cannot recall knocking it, nobody has injected there, and he has never put heat or cold on that leg; no falls.
Bx 5/6: calciphylaxis (calcified subcutaneous arterioles, thrombi).
Plan -> Na thiosulfate TIW at HD; warfarin off for good; dressings.
"""),
("2021-05-21", "Psychiatry C-L Consult", """
C-L psych consult
Reason: acute confusion after fall overnight.
Per nursing, pt got up without calling at 0300 on 5/20, fell and struck his L hip/thigh against the nightstand; new bruise lateral to the known calciphylaxis wound. CT head neg. Since then inattentive, believes he is "at the train station".
Assessment: delirium, likely due to pain meds (hydromorphone escalation), sleep disruption, possible occult infection. No underlying dementia per wife.
Recs: reduce opioid, scheduled acetaminophen, bed alarm and low bed, no restraints; reassess capacity daily. Fall risk high.
"""),
("2021-05-24", "Hospitalist Progress Note", """
HM progress. Delirium improving.
L thigh: known calciphylaxis plaque (onset 5/2) stable at 5 x 4 cm; new ecchymosis 6 cm just posterior to it from the 5/20 fall, non-tender, no haematoma on US.
Warfarin held since 5/10; INR 1.3.
Plan: continue STS, PT for gait, discharge planning with wife.
"""),
]}

F11 = {"patient_id": "F11", "age": 57, "sex": "F", "notes": [
("2023-10-11", "Behavioral Health Follow-up", """
BH f/u (telehealth, video) — adjustment d/o w/ anxious mood after starting PD.
Pt states she "lives on the heating pad" on her belly during cycler nights because of cramping; advised to discuss with PD team. Also tearful about "bad sores on both my calves", says they came on about 2 weeks ago and she can't wear slacks. Insulin: she injects her NPH into the back of each arm, which she says are "fine".
Plan: continue sertraline 50; grounding exercises; pt consented to share with PD RN.
"""),
("2023-10-16", "Internal Medicine Progress Note", """
Admitted for pain control.
57F, ESRD, cycler PD; T2DM, NPH twice daily injected in the posterior upper arms, obesity, BMI 35.0.
Exam: bilateral posterior calves w/ retiform purpura and 2 necrotic ulcers (L 2 cm, R 3 cm), very tender. Abdomen: faint reticulated brown pigment across lower abdomen c/w erythema ab igne; soft, unbroken. Arms: injection sites unremarkable.
Impression: suspected calciphylaxis of calves; EAI abdomen.
Plan: derm bx, stop heating pad, PD Rx adjusted.
"""),
("2023-10-20", "Dermatology Consult Note", """
Derm:
Both calves — deep bx 10/17 (R calf): calciphylaxis confirmed.
No lesion at sites of heating pad use (abdomen) or insulin (posterior arms).
Plan: STS IP, wound care, pain mgmt.
"""),
]}

F12 = {"patient_id": "F12", "age": 63, "sex": "M", "notes": [
("2019-11-27", "Hemodialysis Unit Nursing Note", """
HD RN note — chair 6
Pt c/o pain R buttock, unable to sit fully for treatment, ran tx in recliner tilted L. Showed RN an area on the R buttock, hard & purple, that "started around a week ago". Wife started icing it on the 25th with gel packs to settle the pain.
Pt on warfarin (DVT hx). BMI 30.4. No diabetes.
Nephrologist notified; told pt to stop ice.
"""),
("2019-12-04", "Dermatology Clinic Note", """
Derm
R buttock: 8x6cm woody plum-coloured plaque, eschar in the middle and peripheral livedo, onset approx 11/20/19. Punch bx today, R buttock: findings diagnostic of calciphylaxis: mural calcium in arterioles, occlusive thrombi, necrotic fat.
No preceding injury, injections or pressure to that buttock before the plaque appeared.
Sodium thiosulfate on dialysis days; warfarin off; wound care referral, discuss surgical debridement.
"""),
("2019-12-18", "Psychiatry C-L Consult", """
C-L psych: capacity evaluation — pt declining surgical debridement of R buttock calciphylaxis.
Pt alert, oriented x4. Understands the proposed debridement, its risks (infection, non-healing), benefits and alternatives (conservative wound care, palliative approach). Appreciates these apply to him. Reasoning consistent with long-held values ("I watched my brother go through three surgeries for nothing"). Choice stable across two interviews.
Owns up to scratching round the dressing edges at night because of itch — scratches seen at margin of the existing wound only.
Opinion: pt HAS capacity to decline debridement. Mood: adjustment d/o, no MDD. Recommend palliative care involvement.
"""),
("2020-01-08", "Wound Care Clinic Note", """
Wound clinic: R buttock calciphylaxis wound, sharp bedside debridement performed today (pt consented to limited bedside only, not OR). Dressings: hydrofiber + foam, change q2d. Tape irritation at margins, switched to silicone border.
BMI 30.4.
"""),
]}

F13 = {"patient_id": "F13", "age": 50, "sex": "F", "notes": [
("2024-06-03", "Medicine Admission H&P", """
H&P
50F w/ ESRD on HD (TTS), T2DM (diet + linagliptin, insulin never), BMI 44.0 = morbid obesity, bipolar I on lithium -> switched to lamotrigine when kidneys failed.
CC: pannus pain x 10 days.
Exam: lower abdominal pannus w/ 12 cm zone of retiform purpura containing two necrotic ulcers w/ black eschar.
She insists nothing is ever injected into her belly; denies heat/ice, says she wears loose dresses only, no belts, denies self-harm or scratching.
A/P: clinical concern for calciphylaxis. Derm. Will plan to start SC heparin ppx into the arms rather than the abdomen once bx done.
"""),
("2024-06-06", "Dermatology Consult", """
Derm: pannus bx 6/4 — calciphylaxis, biopsy-proven.
Confirmed w/ pt: no injections, no topical heat, nothing hurt her belly skin before the ulcers came up. Warfarin never.
Recs: STS, wound RN, avoid any future injections in the abdomen.
"""),
("2024-06-10", "Psychiatry C-L Consult", """
C-L psychiatry — Q: mood lability, refusing debridement, capacity?
Pt irritable but organized; sleep 5h; no pressured speech; denies mood elevation. YMRS 6.
Capacity: she expresses a clear and stable choice to try medical tx for 2 weeks before any surgery, understands that the ulcers may spread. Has capacity.
Recs: continue lamotrigine 150 qd; no antipsychotic needed; support.
"""),
]}

F14 = {"patient_id": "F14", "age": 31, "sex": "F", "notes": [
("2022-02-14", "Emergency Psychiatry Note", """
ED psych eval
31F w/ BPD, hx of self-cutting, ESRD (FSGS) on in-center HD. BIB EMS after cutting her L volar forearm with a razor tonight after an argument; 3 superficial linear lacerations sutured by ED (4 sutures). Denies SI, intent was "to feel something". Not intoxicated.
Also reports painful "spots" on both thighs for about a month, not from cutting — "I never cut my legs".
Disposition: safe for dc with crisis plan, DBT intake. ED to refer thighs to renal.
"""),
("2022-02-21", "Nephrology Clinic Note", """
Renal clinic
Thighs: bilateral anterior/medial thighs, several firm painful violaceous plaques with livedo, one with central black eschar (R). Started mid-January per pt. She has not injected, heated or hurt the thighs in any way.
L forearm: sutured linear lacerations healing well, no purpura, no necrosis, no induration around them.
BMI 23.0; nondiabetic, never anticoagulated.
Counselled: no icing or heat on the legs; decline IM shots into the thighs.
Plan: derm bx.
"""),
("2022-03-02", "Dermatology Clinic Note", """
Derm
R thigh bx 2/23: calciphylaxis.
L forearm reviewed: healed self-inflicted lacerations, not calciphylaxis.
Sodium thiosulfate started on HD days; dressings by WOCN; coordinated w/ DBT therapist re: safety.
"""),
]}

PATIENTS = [F08, F09, F10, F11, F12, F13, F14]
