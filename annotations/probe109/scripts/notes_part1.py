"""probe109 corpus notes, P01-P07 (palliative care and hospice; all invented)."""

P01 = {"patient_id": "P01", "age": 74, "sex": "F", "notes": [
("2019-04-18", "Palliative Care Consult", """
PALLIATIVE MEDICINE - INITIAL CONSULT
Requested by: Dr Vantongeren (nephro) for pain + goals.
HPI: 74F, ESKD dialyzing in-center Tu-Th-Sa for ~4 yrs, IDDM (Lantus qHS, self-administers), CHF EF 30%. Referred for a v painful blackened patch, L lower abdomen, which she first spotted roughly 3 weeks ago. Pt: "it feels like somebody put a cigarette out on me and left it there."
Sleeping poorly, ESAS pain 9/10, appetite 3/10.
Exam: L lower quadrant, below and lateral to the umbilicus: 6x4 cm stony purple plaque w/ central dry black crust, netlike violet edge. Exquisitely tender. Rest of skin intact.
Wt 88 kg, BMI 33.5.
Impression: picture strongly suggests calciphylaxis. Asked derm to see for bx if pt agreeable.
Plan: start dilaudid 0.5mg PO, may repeat q4h (renal - no morphine), gabapentin 100 qHD. Will meet family Tues.
"""),
("2019-04-24", "Hospice RN Visit", """
RN home visit (pre-hospice bridge pgm)
S: Daughter Renata at bedside. Derm did a punch yesterday and called this am -> path c/w calciphylaxis, they are calling it confirmed.
Renata: "Mom, that's your shot spot! She's jabbed her Lantus in that exact left side of her tummy every night since January last year, she never moves it."
Pt nodded, said she liked it because she could see what she was doing.
O: L lower abd wound unchanged, dry eschar, no drainage. Foam border dsg applied. Pain 6/10 after prn.
A/P: Reinforced: from today the insulin goes in R upper arm - NOT belly. Updated MD.
"""),
("2019-05-07", "Goals of Care Conversation", """
Family meeting - GOC
Present: pt, daughter Renata, son Dmitri (phone), SW Ines, me.
Pt understands calciphylaxis of the abdominal wall is unlikely to heal and that dialysis keeps her going but costs her 3 days a week. She wants to "keep going to the chair through my granddaughter's graduation in June, then we'll see."
Dmitri: "whatever keeps her out of pain, that's the priority for us."
Now DNR/DNI; POLST completed + signed. Continue HD for now, revisit in 4-6 wks.
Wt 83.1 kg, BMI 31.8 (down). Appetite poor.
"""),
]}

P02 = {"patient_id": "P02", "age": 66, "sex": "M", "notes": [
("2021-03-02", "Palliative Clinic Note", """
Pall care outpatient f/u
66 yo man, HFrEF + end stage kidney dz on nightly cycler PD. Afib on Coumadin, INR 2.6 last wk. Not diabetic.
New issue: both calves sore, purple, now with black centres. Onset early February per pt.
Wife (Lorna) volunteers: "He's had that electric heating pad wrapped round both of his calves every single night since Thanksgiving, says it stops the cramps." Pt a bit sheepish.
Exam: posterior calves bilaterally, mottled violaceous skin with 2-3 cm dry eschars, lacy border. R slightly worse than L.
Weight 81kg; BMI 27.2.
Assessment: ?calciphylaxis, derm asked to bx. Heating pad to go - discussed w/ both.
"""),
("2021-03-09", "Dermatology Consult", """
DERMATOLOGY
Punch bx taken 3/4 from L posterior calf (edge of eschar).
Path: Ca deposits lining little dermal + subcut arterioles, intimal hyperplasia, fibrin thrombi, necrosis of fat. Calcium stain (VK) lights up.
Dx: calciphylaxis, both calves. Distribution follows the area the heating pad covered, which we think provoked it on a background of PD-dependent kidney failure and warfarin.
Rec: stop heat, Coumadin -> discuss alternatives with cardiology, STS per renal if in keeping w/ goals.
"""),
("2021-03-30", "Hospice RN Visit", """
Hospice admission visit - RN
Pt elected hospice after meeting w/ palliative + cardiology, staying on PD for comfort/fluid.
Calves: eschars dry, edges pink, no odour. Xeroform + kerlix BLE.
Pain 5/10, fentanyl patch 12 mcg started by MD, tolerating.
Lorna: "I threw the heating pad in the trash myself."
Coumadin stopped 3/22.
"""),
]}

P03 = {"patient_id": "P03", "age": 59, "sex": "F", "notes": [
("2022-09-12", "Hospice RN Visit", """
Hospice RN routine visit
Dx: COPD on 3L home O2, kidney failure on hemodialysis MWF.
S: c/o a "raw burning place" atop the L shoulder, first noticed 10 days ago, now "a black scab." Says its right where the strap of her portable concentrator bag digs in - she has carried it on that shoulder every time she goes out since she got the portable unit in June.
O: superior L shoulder over trapezius: 3x2 cm hard dusky plaque with black centre, purplish net pattern around. Exquisite tenderness, winces w/ light touch.
A/P: notify palliative NP. Padded the strap, suggested rolling cart for the concentrator.
"""),
("2022-09-20", "Palliative NP Visit", """
Palliative NP home visit
59F ESRD on HD (AVF), COPD gold 4. No hx DM. Had a DVT in 2020 - took warfarin 6 months, finished.
Shoulder lesion reviewed w/ photos from last wk: larger now, 4x3 cm, necrotic centre, retiform edge. In a hemodialysis patient this is calciphylaxis - clinical diagnosis made; bx not pursued per pt goals ("I'm not getting cut for a label").
The carry strap has pressed that L shoulder since 6/2022; site matches exactly.
Ht 160cm / wt 76.8kg -> BMI 30.0.
Plan: oxycodone 2.5mg every six hrs PRN, topical lidocaine, renal informed re thiosulfate.
"""),
("2022-10-04", "Family Meeting Note", """
Family meeting at home
Pt, husband Teodor, sister Ana. Reviewed: calciphylaxis on shoulder, worsening breathing, more days in bed.
Pt: "I want to stop the dialysis after my birthday on the 20th. I'm tired." Teodor tearful, supportive.
Ana asked if the shoulder will heal - honest answer given, unlikely.
Plan: last HD Oct 21, hospice to increase visits, comfort kit in home.
"""),
]}

P04 = {"patient_id": "P04", "age": 71, "sex": "M", "notes": [
("2020-09-15", "Palliative Care Clinic", """
Palliative Care - return visit
71 M. ESKD, HD TTS via graft. T2DM, linagliptin alone, insulin never. Ischemic CM; CABG x3 done 03/09/2020.
New since last visit: painful dark area along the bottom end of the sternotomy scar. Came up over the summer, he assumed the incision "was acting up again."
Exam: lower third of the midline sternal scar: 5 cm stripe of purple-black skin, firm, with a thin eschar; netted violaceous margins.
BMI 28.4.
Concern for calciphylaxis within a surgical scar. Referred derm.
"""),
("2020-09-29", "Dermatology Consult", """
Derm consult
Asked to eval sternal lesion.
Hx as per pall care. Incision from the 3/9/2020 bypass healed well by May per pt.
Exam: indurated necrotic plaque confined to the inferior sternotomy scar, retiform purpura at its margins.
Punch bx 9/22 (edge). Path returned: tiny subcut vessels w/ medial Ca++ deposits, thrombosed -> calciphylaxis, biopsy-confirmed.
Comment: the scar of the cardiac surgery is the probable trigger site.
"""),
("2020-10-20", "Goals of Care Discussion", """
GOC conversation, clinic room 4
Pt + wife Mirela + daughter Sanja.
Understanding: "the calcium thing in my chest won't get better, the heart won't get better."
Values: home, his garden, not ICU again. "No more tubes, no more machines except the dialysis for now."
Decision: DNR, no rehospitalization unless comfort. Continue HD, enroll hospice when he is ready.
Wt stable, BMI 28.4 unchanged.
"""),
("2020-11-10", "Hospice RN Visit", """
Hospice RN admit visit
Stopped HD after last Thurs session per pt choice. Comfort focused.
Chest wound: dry black eschar on lower part of scar, no drainage; silicone foam.
Pain ok on methadone 2.5mg BID (palliative MD), dyspnea mild.
Wife: "He's sleeping more, he's peaceful."
"""),
]}

P05 = {"patient_id": "P05", "age": 82, "sex": "F", "notes": [
("2023-05-03", "Hospice Admission", """
HOSPICE ADMISSION ASSESSMENT
82F. Terminal dx: ESRD (on CAPD, exchanges done by son Bogdan). Mech mitral valve on Coumadin. No diabetes.
Hx per son: she fell stepping out of the tub on Easter Monday and landed hard on her R hip, big bruise "big as a saucer, bigger." Around 4/22 the middle of that bruise started going dark and hard and she began crying out when moved.
Skin: R lat hip (over the trochanter) black necrotic plaque, 7x5cm, w/ purple lattice rim.
PPS 30%. BMI 22.6.
Plan: derm already saw her 5/1, bx pending. Coumadin: hold per hospice MD / pt wishes.
"""),
("2023-05-10", "Dermatology Follow-up", """
Dermatology - results call + note
Bx of R hip (5/1): vascular calcifications with thrombi in small subcut vessels, septal panniculitis, necrosis. Final dx calciphylaxis.
Lesion arose within the hematoma from the fall on 4/10. Trauma in an anticoagulated PD patient is the likely trigger.
Warfarin already discontinued by hospice.
"""),
("2023-05-24", "Hospice RN Visit", """
RN visit
R hip wound: eschar intact, small amt serous drainage at edge, periwound intact.
Bogdan: "she doesn't cry when we turn her anymore since the patch," (fentanyl 12).
Mostly sleeping, taking sips. PD continued per pt wish, 2 exchanges/day now.
"""),
]}

P06 = {"patient_id": "P06", "age": 63, "sex": "M", "notes": [
("2024-09-23", "Inpatient Palliative Consult", """
Palliative consult - rehab unit
63M, ESRD dialysing Mon/Wed/Fri; T2DM, insulin-treated (sliding scale lispro, abdomen), obesity (BMI 36.0). s/p R hip ORIF 8/26 after a fall at home.
Lovenox 40 mg SC daily since 8/28 for DVT ppx; nursing has been giving it in the back of both his arms, alternating sides (pt refused belly).
Reason for consult: pain. Since Friday 9/20 a very painful purple hard area, posterior L upper arm, dark centre developing.
Exam: posterior L upper arm 4x4 cm indurated violaceous plaque, central dusky necrosis. R arm: faint mottling posteriorly, tender.
Imp: worrisome for calciphylaxis at enoxaparin sites. Derm paged.
"""),
("2024-09-30", "Dermatology Consult", """
Dermatology consult note
Bx L posterior arm 9/24: calcium crusting the small vessels plus thrombi and fat necrosis - calciphylaxis.
Since 9/25 the R posterior upper arm has evolved into a matching necrotic plaque, 3 cm.
Both lesions sit in the enoxaparin injection zones, the trigger in our view. Recommend stop SC injections, use alternate ppx; sodium thiosulfate with HD if consistent with goals.
"""),
("2024-10-14", "Hospice RN Visit", """
Hospice RN first home visit
Pt chose hospice, continuing HD for now ("I'm not ready to let go of the chair yet").
Arms: both posterior upper arms w/ black eschars, L 5 cm R 3.5 cm. Dry dsg.
Wife Chiamaka: "the needles did this to him, the blood thinner shots."
Wt 102 kg, BMI 35.1. Insulin reduced to lantus 6u.
"""),
]}

P07 = {"patient_id": "P07", "age": 77, "sex": "F", "notes": [
("2025-03-10", "Palliative Home Visit", """
Community palliative - home visit
77F, ESRD on hemodialysis (MWF), DM2 - no tablets, A1c was 6.4 in Jan, severe OA knees, advanced dementia.
Daughter Giedre: "Mom's had a bag of ice on her left knee pretty much every day since Christmas, nothing else settled the arthritis like it."
Last month a sore started at the inside of that knee; gone black centrally, and she moans w/ any touch.
Exam: medial L knee 4x3 cm firm purple plaque, central eschar, lacy margin. R knee normal.
BMI 26.5.
Imp: suspect calciphylaxis vs cold injury. Derm to see.
"""),
("2025-03-18", "Dermatology Consult", """
DERM
Punch bx medial L knee 3/12. Pathology: calciphylaxis (vessel wall calcification, thrombi, panniculitis).
Lesion confined to the area the ice pack sat on.
Recs: no more ice; pain per palliative.
"""),
("2025-04-02", "Hospice RN Visit", """
Hospice nurse visit
Pt asleep most of visit. L knee wound stable, no odor, dry dressing changed.
Giedre: "I feel awful about the ice." Reassurance given, she was trying to help.
Pain: PAINAD 2 after prn morphine sc (low dose, renal).
"""),
]}

PATIENTS = [P01, P02, P03, P04, P05, P06, P07]
