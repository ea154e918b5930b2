"""probe151 corpus notes, A15-A20 (VA medical centre, CBOC and community-care charts; all
invented)."""

A15 = {"patient_id": "A15", "age": 61, "sex": "F", "notes": [
("2018-11-06", "PACT Primary Care Note", """
PACT PRIMARY CARE - ORRIN CREEK CBOC
61 yo F Army veteran, CKD stage 4 (eGFR 21, DM nephropathy), no dialysis yet; DM2 treated w/
insulin detemir 28 u + aspart; recurrent DVT, takes warfarin - INR 2.0 to 3.0 target; obesity.

S: On 10/14/18 she hit her L anterior thigh against the car door edge as she got
out in a grocery store lot; big bruise. About 10 days ago the spot became hard, dark and
very painful.
O: BP 148/84, Wt 101 kg, BMI 37.5. L anterior mid thigh: 5x6cm indurated plaque, net-like
violaceous margins, dusky grey centre 1.5 cm. Old yellow bruising at the rim.
INR 3.4 today. Cr 2.6, Ca 9.5, Phos 5.3, iPTH 320.
A/P: painful plaque, necrotic in appearance, where the car-door bruise was, on warfarin, CKD 4:
ddx includes warfarin skin necrosis, post-traumatic fat necrosis, or calciphylaxis
(non-dialysis).
Community Care derm not needed - VA derm can see Thurs. Hold warfarin x1, recheck INR.
"""),
("2018-11-15", "Dermatology Clinic Note", """
DERMATOLOGY CLINIC
L anterior thigh plaque at prior bruise. Punch bx 11/8/18: superficial dermis with
hemorrhage, a sliver of necrotic fat at the base; no subcutaneous vessels in the sample;
no calcium identified, VK neg. Not diagnostic of calciphylaxis.
Impression: possible calciphylaxis vs post-traumatic fat necrosis; cannot exclude
calciphylaxis on this specimen. Recommend deeper incisional biopsy - she will consider
it. She is planning to move to be near her daughter in another state next month.
Plan: wound care, warfarin per anticoag clinic, renal f/u.
"""),
("2019-01-08", "Telephone Note", """
TELEPHONE CONTACT - PACT RN
Called veteran re: deeper bx appointment. She moved on 12/20/18 and is establishing at
another VA medical center. Lesion "about the same, still sore". Declines scheduling here.
Records release signed; care coordination note sent to the receiving facility listing the
open question of possible calciphylaxis vs fat necrosis, bx nondiagnostic.
Meds reconciled by phone: insulin detemir, aspart, warfarin 5 mg, amlodipine, calcitriol.
BMI not obtained. Consult discontinued - pt relocated.
Reminded her to keep her INR checks and see a nephrologist at the new site.
"""),
]}

A16 = {"patient_id": "A16", "age": 80, "sex": "M", "notes": [
("2025-05-13", "CLC Nursing Skin Note", """
COMMUNITY LIVING CENTER (CLC) - NURSING SKIN ASSESSMENT
Unit 2B, Tamsett Falls VAMC

80 yo M Vietnam-era Air Force veteran, long-stay resident since 2023. ESRD, HD Mon/Wed/Fri
(van to the VAMC unit), DM2,
dementia (moderate).
Insulin: glargine 12 u daily + correctional lispro, given SC by CLC nursing, recorded
injection sites: R abdomen for the past 6+ months (resident pulls away from L side).
Skin: R lower abdomen - two firm, tender indurated areas, 3 cm and 4 cm, with purplish
lacy discoloration; no open area. Braden 14. Sacrum intact.
Notified NP. Injection sites changed to thighs per NP.
"""),
("2025-05-20", "CLC Provider Note", """
CLC NP PROGRESS NOTE
Reviewed skin findings: R lower abdomen tender indurated plaques with livedo-like border at
his insulin injection sites, one has developed a small dusky centre.
ESRD on HD, Ca 10.1, Phos 6.7, iPTH 890. Not on anticoagulants.
Ddx: ?calciphylaxis; insulin-site panniculitis or lipohypertrophy; hematoma.
Derm e-consult: suggests biopsy to r/o calciphylaxis.
Discussed w/ daughter (healthcare POA): goals are comfort, does not want biopsy or
STS; considering stopping HD.
BMI 25.8 (wt 76 kg). Plan: no injections in abdomen; gentle wound care; palliative
consult.
"""),
("2025-06-10", "Palliative Care Consult", """
PALLIATIVE CARE CONSULT - CLC
80M, ESRD on HD, dementia, frailty. Family meeting held w/ daughter and son.
Decision: last dialysis will be Friday; transition to comfort care/hospice in the CLC.
Skin: R lower abdominal plaques - a possible calciphylaxis, never biopsied and not
confirmed; no further workup consistent w/ goals. Comfortable on small doses
of hydromorphone.
Insulin pared down: glargine 6 units only, correctional scale off.
Code status: DNR/DNI. Chaplain visited.
Daughter asked whether the skin lesions were "the kidney skin disease"; explained it is
possible but unproven and would not change the plan.
"""),
]}

A17 = {"patient_id": "A17", "age": 57, "sex": "F", "notes": [
("2026-06-02", "PD Clinic Note", """
HOME DIALYSIS (PD) CLINIC
57 yo F Navy veteran, ESRD from IgA nephropathy, CCPD since 2023. No diabetes.
PE 2012 - a year of warfarin, none since.

S: got bitten by "some bug" on her outer L thigh while gardening mid-May,
scratched it a lot; since ~10 days ago the area is hard, purple and very painful.
O: BP 136/78, Weighs 78.5 kg at 162 cm: BMI 29.9 (overweight).
L lateral thigh: 4x4cm violaceous, indurated plaque, livedo at the border, central
excoriation with crust. No fluctuance, minimal warmth.
Ca 9.8, Phos 6.2, iPTH 610.
A/P: plaque at the scratched bite on the L thigh. Ddx cellulitis, panniculitis; cannot
exclude early calciphylaxis. Cephalexin x 7 d. Community Care derm (no VA derm
openings x 6 wks) for bx.
"""),
("2026-06-23", "Community Care Coordination Note", """
COMMUNITY CARE - COORDINATION NOTE
Consult: Dermatology - biopsy of L thigh lesion to r/o calciphylaxis.
Appointment at Bellwether Skin Center scheduled 6/19/26 - veteran cancelled the day
before, states the spot "is finally getting better" and she does not want a biopsy.
Rescheduling offered x2, declined. Consult returned to ordering provider.
Education given re: returning if lesion worsens, darkens or opens.
PD clinic nephrologist notified via CPRS alert. Veteran aware she can request a new consult
any time through her PACT team or My HealtheVet secure message.
"""),
("2026-07-28", "PD Clinic Note", """
HOME DIALYSIS CLINIC
F/u L lateral thigh plaque. Finished cephalexin. Lesion smaller, 2 x 2 cm, less tender,
residual brown-violet color, crust off, no ulcer.
Impression: resolving L thigh plaque, etiology uncertain - early calciphylaxis remains a
possibility but no biopsy and now improving; infected bite w/ panniculitis also fits.
Stay on sevelamer (no calcium binders); cinacalcet 30 mg started.
BMI 29.9, wt 78.4 kg. PD adequacy fine, wkly Kt/V 1.8.
No new lesions on exam of trunk and legs. Reminded to call if it reopens.
RTC 1 mo.
"""),
]}

A18 = {"patient_id": "A18", "age": 73, "sex": "M", "notes": [
("2016-12-13", "Hemodialysis Unit Note", """
HD UNIT - Granite Hollow VAMC
73M Korea DMZ veteran (1966), ESRD on M-W-F hemodialysis, DM2 (insulin), CAD.
Cardiac cath 11/29/16, R femoral access (2 DES to LAD); groin site healed.

S: a week or so post-cath, both feet: toes purple and painful, now a couple of
small black spots on the L 3rd and R 4th toes.
O: BP 140/70. Both feet: livedo reticularis over the dorsa and soles, bluish toes w/ good
pedal pulses, 4 mm black eschar tip L 3rd toe, 3 mm ulcer R 4th toe.
Eosinophils up to 9% (baseline 2%). Calcium 9.4, phos 6.0 mg/dL.
A/P: ?atheroemboli post-cath vs ?calciphylaxis (distal) - derm + vascular.
"""),
("2016-12-27", "Dermatology Consult Note", """
DERMATOLOGY CONSULT
Bilateral toe/foot livedo with distal necrosis after cardiac cath, in HD pt.
Bx 12/20/16 L dorsal foot at livedo: dermal arterioles plugged by
biconvex cholesterol clefts; vessel walls without calcium, VK neg.
Dx: atheroembolic (cholesterol emboli) disease; calciphylaxis is ruled out.
Exam: both feet w/ fading livedo, toe lesions as described, pulses palpable. Groin normal.
Plan: statin high-intensity, local wound care, podiatry; no anticoagulation (no warfarin).
Explained to pt that this is caused by small cholesterol fragments released during the
heart procedure; nephrology aware (eosinophilia, watch residual function - anuric already).
"""),
("2017-02-14", "Podiatry Note", """
PODIATRY - VAMC
Toe ulcers from cholesterol emboli, f/u. L 3rd toe eschar dry, stable; R 4th toe ulcer
healed. Livedo fading. Protective sandals. DM2, insulin glargine 22 units, A1c 7.1.
Monofilament 6/10 sites bilat. BMI 26.9.
Plan: RTC 6 wks, daily foot check, no soaking, no heating pads.
Extra-depth shoes w/ inserts ordered through Prosthetics. Nails debrided x10 (mycotic).
Pt reminded to bring the insulin log to PACT.
Wife present, does foot checks nightly. Cardiology f/u for the stents in March.
"""),
]}

A19 = {"patient_id": "A19", "age": 49, "sex": "F", "notes": [
("2024-04-16", "Nephrology Clinic Note", """
NEPHROLOGY CLINIC - new pt via PACT e-consult
49 yo F Air Force veteran, CKD 3a - eGFR 52, UACR 410 mg/g, DM2 on insulin glargine
36 u + metformin 500 BID, HTN, obesity class II (BMI 36.8).
FHx: her brother (Army, Iraq) had been on dialysis and calciphylaxis killed him in 2019;
mother ESRD.
She is frightened she will "get what he got".
Skin exam: no livedo, nodules or ulcers; trunk and legs normal.
Chem: Ca++ 9.3, PO4 3.9, PTH 68.
A/P: CKD 3a with albuminuria - start empagliflozin, cont losartan; explained that
calciphylaxis is rare at her stage. Not on and never on warfarin.
"""),
("2024-10-08", "Nephrology Follow-up Note", """
NEPHROLOGY F/U
CKD 3a stable, eGFR 50. UACR down to 250 on empagliflozin + losartan.
DM2: glargine 34 u, A1c 7.2. Wt 98 kg, BMI 36.4.
Skin: normal, no lesions. Once more she brought up her brother's calciphylaxis; reassured,
reviewed phosphate and PTH are normal. No dialysis planned.
Discussed SGLT2 sick-day rules and genital hygiene; no UTI symptoms. Flu shot done at CBOC
last week per CPRS. Potassium 4.6.
BP 128/78 at home and 132/80 here. Retinal exam UTD (eye clinic 7/2024).
RTC 6 months with BMP, UACR, PTH. Continue PACT for diabetes management.
"""),
]}

A20 = {"patient_id": "A20", "age": 58, "sex": "M", "notes": [
("2021-08-17", "Renal Dietitian Note", """
NUTRITION - RENAL DIETITIAN (HD unit)
58 yo M Navy veteran, ESRD (HTN/FSGS) on HD TTS since 2019. No diabetes. No anticoagulant.
Phos 7.8 x3 months, iPTH 720, Ca 9.2. Binder adherence poor (sevelamer, "forgets lunch dose").
Education: high-phos foods (colas, processed cheese, deli meat, fast food), label reading for
"PHOS" additives, binder timing w/ meals and snacks. Explained that a persistently high
phosphorus and calcium can cause calcium deposits in blood vessels and skin, including a
rare painful skin condition called calciphylaxis, and that is one reason we watch it.
Wt 77.4 kg, Ht 176 cm, BMI 25.0.
Goal: Phos < 5.5 by next month.
"""),
("2026-03-10", "Nephrology Annual Note", """
NEPHROLOGY ANNUAL - HD
ESRD on HD TTS, Kt/V 1.5, URR 72%. On transplant waitlist (active).
CKD-MBD: PO4 5.2, PTH 410; meds cinacalcet 60 mg daily, sevelamer 1600 with meals.
Skin exam (full): skin clear of livedo, nodules or ulcers; nothing to suggest calciphylaxis.
Counselled again on phosphate control to reduce calciphylaxis risk.
No DM; warfarin never prescribed. BMI 24.9.
Plan: continue current regimen; dental clearance for transplant updated.
Hepatitis B surface antibody 14 - booster given at HD. Access: L upper arm AVF, good flow.
"""),
]}

PATIENTS = [A15, A16, A17, A18, A19, A20]
