"""probe116 corpus notes, M01-M07 (city safety-net nephrology and dialysis clinics; all invented)."""

M01 = {"patient_id": "M01", "age": 63, "sex": "F", "notes": [
("2021-03-02", "MyChart Message", """
Dear doctor Vasquez-Lund,
I write you because on my belly, on the left down from the navel, sits a very bad spot. It start 2 weeks ago like red hard coin, now it is black in middle and so painfull I not sleep. This is exactly place where I make my insulin pen, always left side, since summer 2019 when nurse Beata teach me. Right side I never use, I dont know why, habit.
Dialysis tuesday thursday saturday is going ok.
Thank you, Halina K.
"""),
("2021-03-05", "Nephrology Clinic Visit", """
NEPH f/u - Halina K., 63F
ESRD 2/2 DKD, dialysing TTS (L forearm fistula). T2DM, insulin glargine 18u qhs, self-injects, admits she only ever uses LLQ abd wall. No coumadin ever. Labs: PTH 812, phosphate 7.1, corr Ca 9.9.
CC: painful black spot LLQ, onset approx mid-Feb per pt.
Exam: LLQ - stellate purpuric plaque 3.5 cm, eschar centrally, livedoid halo, exquisitely tender; RLQ clean. Wt 79 kg, ht 162 cm, BMI 30.0.
A/P: high suspicion CUA at insulin site. Punch bx by derm ASAP, stop LLQ injections -> use lat thighs. Start STS w/ HD pending bx. Cinacalcet up.
"""),
("2021-03-19", "Dermatology Biopsy Result Note", """
Derm - path f/u call
Punch bx from LLQ plaque edge (taken 3/9): small subcutaneous arterioles calcified, plus intimal hyperplasia and thrombi, positive calcium stain. Dx: calciphylaxis, LLQ abdominal wall, coinciding with her long-standing insulin injection zone.
Told pt by phone through Polish interpreter line. Wound care w/ hydrogel, pain team consult. She asked whether the pen "made" the disease - explained the needling likely chose the spot, the disease comes from kidneys and minerals.
"""),
]}

M02 = {"patient_id": "M02", "age": 74, "sex": "M", "notes": [
("2023-03-01", "Peritoneal Dialysis Nurse Phone Note", """
PD RN telephone note. Pt (CCPD nightly, 5 yrs) calling re: "both knees black and killing me". Wife on speaker. Says he nightly puts the electric heat pad over both knees every night since Christmas because of arthritis. The sores showed up in the middle of February, first the left knee the R knee joined some days after. No fever, effluent clear.
Meds reviewed: warfarin 4 mg for mech AVR, amlodipine, sevelamer, calcitriol. No diabetes.
Advised to unplug the pad tonight. Same-day slot booked w/ Dr Oyelaran.
"""),
("2023-03-02", "Nephrology Urgent Visit", """
Urgent add-on. 74M, ESRD on CCPD, warfarin - INR 2.8 - nondiabetic.
Anterior L and R knees: symmetric 4-5 cm dusky retiform plaques w/ black centres, surrounded by faint reticulated brown mottling in the shape of a rectangle (pad). Pain 9/10. BMI 27.4.
Impression: retiform necrotic plaques both knees in PD pt taking warfarin; lesions sit where the heating pad lay nightly since 12/25/2022 - calciphylaxis favored, ddx warfarin necrosis, thermal injury.
Plan: derm bx, hold warfarin, cardiology re apixaban, sodium thiosulfate IV 3x weekly via PICC? discuss.
"""),
("2023-03-16", "Dermatology Consult", """
DERMATOLOGY
Biopsy L anterior knee (3/6/23): small-vessel media heavily calcified of dermis/subcutis; microthrombi; lobular panniculitis. Clinicopathologic dx: calciphylaxis of both knees, which lie under the area he heated each night all winter.
Not warfarin necrosis (no purely thrombotic picture, lesions far from fatty areas). Cont STS. Warfarin stopped 3/3, now apixaban.
"""),
]}

M03 = {"patient_id": "M03", "age": 58, "sex": "M", "notes": [
("2024-11-04", "Dialysis Unit Monthly Review", """
Monthly chairside review - Pierre-Louis J.
58M ESRD, in-centre HD (MWF) from 2021. T2DM - linagliptin, never insulin. No anticoagulation. BMI 29.4 (88.1 kg / 173 cm).
Started working as delivery courier in October, carries heavy satchel on R shoulder 10 h/day. Skin checked: shoulders intact today. Labs: P 6.4, PTH 540.
"""),
("2025-01-20", "Patient Email", """
Bonjour doctor, is Jean. From 6 january I have a hard sore on top of my right shoulder, exactly where the strap of my courier bag is sitting all the day. Now the skin is turning black like charcoal and very hot pain. I try to put the bag on the other side but the boss say no. Please can you look at it thursday after my dialyse?
"""),
("2025-01-23", "Nephrology Visit", """
Seen post-HD. R superior shoulder (trapezius ridge): linear band 6 by 2.5 cm of violaceous induration with 2 cm central eschar, following the course of his bag strap. Onset 1/6/25. L shoulder normal.
BMI 29.9 (wt 89.5 kg). Not obese per chart, overweight.
Derm bx 1/23 at bedside: vascular calcification w/ thrombosis in subcutis - calciphylaxis confirmed. Pressure from the satchel strap, worn daily since Oct 2024, likely trigger. Work note written: no straps on either shoulder.
"""),
]}

M04 = {"patient_id": "M04", "age": 66, "sex": "F", "notes": [
("2020-08-20", "Surgical Oncology Post-op Visit", """
POD 9 after L breast lumpectomy + SLNB on 08/11/2020 (upper outer quadrant, curvilinear incision). Incision healing, steri-strips off, no seroma.
PMH: ESRD, dialysed via right IJ permcath thrice weekly, HTN, obesity (BMI 33.9). No diabetes. No warfarin.
Radiation onc referral.
"""),
("2021-02-09", "Patient Email", """
hello dr. Amankwah, my scar on the left breast from the surgery in august is doing something weird since January. at first it was purple lines and now there is a hard black crust on part of that cut and it hurts more than the surgery ever did. I had radiation but that finished in November and the skin had healed fine. my dialysis nurse took a picture, it is attached. should I worry? - Deborah
"""),
("2021-02-23", "Dermatology Consult Note", """
Derm consult, 66F, ESRD on HD, obese (BMI 33.5). Referred by surg onc for necrotic plaque in lumpectomy scar.
Exam: L breast UOQ: eschar 2.8 cm lying directly within the healed lumpectomy scar, violaceous retiform border extending 1 cm; rest of breast w/ mild post-XRT hyperpigmentation only.
Path (punch 2/16): calcific arteriolopathy w/ fibrin thrombi -> calciphylaxis. Ddx radiation necrosis felt unlikely given histology.
Plan: STS, wound RN, avoid Ca-based binders.
"""),
]}

M05 = {"patient_id": "M05", "age": 71, "sex": "F", "notes": [
("2019-12-20", "Portal Message from Daughter", """
Hola doctor, I am the daughter of Mrs Rosa Quintero. My mom fall down in the stairs of the church on Thanksgiving and she got big bruise in her right nalga (buttock). The bruise was going away but on december 15 the same place get very hard and dark purple, now one part is black, she cry when she sit. She do the dialysis in home with the machine at night. Can we come next week? gracias, Marisol
"""),
("2019-12-23", "Nephrology Clinic Note", """
71F ESRD doing APD at home; T2DM, detemir + lispro insulin, obesity (BMI 31.2). No coumadin.
HPI per daughter (Spanish interpreter): mechanical fall 11/28/2019, landed on R buttock -> large ecchymosis. On 12/15/2019 indurated painful dark area arose within the resolving bruise.
Exam: R buttock, upper outer: indurated violaceous plaque approx 7x5 cm, 2 cm black eschar, retiform edges. L buttock nl.
A: necrotic plaque in prior contusion - r/o calciphylaxis vs fat necrosis.
P: derm bx, hold Ca supplements.
"""),
("2020-01-08", "Dermatology Note", """
Dermatology - results visit w/ daughter + interpreter.
Bx R buttock 12/27: extensive vascular calcification, thrombosed vessels in fat lobules. Calciphylaxis, R buttock, developing at the spot she bruised in the Thanksgiving fall.
STS initiated by PD team. Offloading cushion. BMI 31.2 unchanged.
"""),
]}

M06 = {"patient_id": "M06", "age": 69, "sex": "M", "notes": [
("2023-03-18", "Hospital Discharge Summary", """
Admitted 3/2-3/18/2023 for RLE DVT + HCAP. ESRD on HD TuThSa. No DM.
Got heparin 5000 units SC every 8 h from 3/3 through 3/17, nursing documented sites rotated between back of L and R upper arms (pt refused abdomen). Bridged onto warfarin; discharge INR 2.3. BMI 24.1.
"""),
("2023-04-20", "Dialysis Unit Nursing Note", """
HD RN note. Pt shows me a painful black-centred sore back of his LEFT upper arm, says it appeared 3 weeks ago, right where they gave the blood-thinner shots in hospital. Son translating from Russian. Skin around is mottled purple, net-like. Hard to touch. MD aware, photo to chart.
"""),
("2023-05-02", "Nephrology Progress Note", """
69M ESRD on HD, on warfarin since March for DVT.
New: second lesion posterior R upper arm, noticed 10 days ago, same appearance as L. Both correspond to hospital heparin injection sites (3/3-3/17).
Derm bx L arm (4/25): calciphylaxis, biopsy-proven. Plan: 25 g STS post-run, switch warfarin -> apixaban, pain control.
"""),
("2023-06-13", "Dermatology Follow-up", """
Derm f/u. Posterior bilateral upper arm calciphylaxis, improving on STS. L eschar 1.5 cm (was 3), R healing w/ granulation. BMI 24.0. Continue.
"""),
]}

M07 = {"patient_id": "M07", "age": 77, "sex": "F", "notes": [
("2024-02-14", "Email from Son", """
Dear Dr. Feldstein, I am Wei, son of Mrs Lin Shu-fen. My mother do moxibustion (the burning herb stick, Chinese medicine) on her calf for the leg pain, every evening since last spring, she hold it very close. Now from New Year Day there is a black sore in middle of calf where she always do it, very painful, she cannot walk to the bus for dialysis. She still do the moxa because she think it help. What we should do? Thank you very much.
"""),
("2024-02-16", "Nephrology Visit", """
77F ESRD on HD MWF, T2DM (was on glipizide; A1c 8.9 -> start basal insulin today). No anticoag. BMI 22.8.
Posterior calf (pt/son cannot say which leg they mean in English; exam below): eschar 3 cm, retiform purpura around it, plus small old brown burn macules from daily moxa heat.
Clinical dx: calciphylaxis at site of repeated moxibustion; pt declines biopsy. Stop moxa. STS with HD.
"""),
("2024-03-27", "Wound Clinic Note", """
Calf wound: eschar softening, 2.6 cm, pain now 5/10, previously 9. Moxa stopped per son. Insulin glargine 10u daily, son gives. Continue STS, santyl to eschar.
"""),
]}

PATIENTS = [M01, M02, M03, M04, M05, M06, M07]
