"""probe32 corpus notes, P01-P07 (primary care and geriatrics outpatient; all invented)."""

P01 = {"patient_id": "P01", "age": 74, "sex": "F", "notes": [
("2019-12-10", "Hospital Follow-up Visit", """
Pinewood Family Medicine -- post-discharge f/u (TCM)
Pt: Gloria, 74F, seen 12/10/2019 w/ daughter Renee.
Admitted Cedar Valley Gen 11/22-11/28 for hyperglycemia (BG 480s) + volume overload. Discharged home on Thanksgiving day on new basal insulin.
Problem list (reviewed, updated):
 1. ESRD 2/2 diabetic nephropathy - in-center HD three times weekly (Tue-Thu-Sat), L brachiocephalic fistula
 2. DM2, now insulin requiring - Basaglar 14u qHS (first dose 11/28 at discharge)
 3. HTN
 4. Morbid obesity - wt 92.1 kg, BMI 34.2
 5. Secondary hyperparathyroidism, on cinacalcet + sevelamer
 6. OSA, CPAP nightly
 7. Cataract OU, s/p R lens 2017
 8. Gout, quiet
Insulin technique: she is R handed and has been injecting in the L lower abd each night "because that side's easier to pinch." Shown rotation diagram, she nodded but says she'll keep to what works. Pens + pen needles reordered.
A1c 9.4 on admission. Will titrate by 2u q3d to fasting 120-160. RTC 6 wk.
-- M. Ferreira, MD
"""),
("2020-02-18", "Nurse Triage Call", """
TRIAGE - incoming call from pt
Reason: "sore on my stomach"
Pt says a dark spot came up on her belly, left of and below the navel, about 3 weeks ago. It started as a hard pink knot, now purple-black in middle w/ a lacy mottled ring around it, size of a half dollar. Pain 9/10, worst at night. Denies fever, denies drainage. States it's "right in the patch where I put the Basaglar every night." Has not changed sites.
Dialysis RN at unit told her to call PCP.
Disposition per protocol: seen within 24h. Appt made 2/19 w/ Dr Ferreira. Advised: stop injecting there, use R side of abdomen or upper arm until seen. Pt verbalized understanding.
T. Nguyen RN
"""),
("2020-03-04", "Outside Letter Scanned", """
[scanned letter - Lakeshore Dermatology Associates]
Dear Dr. Ferreira,
Thank you for referring Ms. Gloria Abernathy. I saw her 2/26/2020. On exam there is a 4.5 x 3 cm stellate necrotic plaque of the left lower abdominal quadrant with surrounding retiform purpura, exactly within her nightly insulin injection field. A 6 mm punch taken from the purpuric border shows mural calcium within tiny arterioles of the subcutaneous fat, intimal proliferation and fibrin thrombi; taken with her story I am confident she has calciphylaxis (calcific uremic arteriolopathy).
Given she has self-injected Basaglar in that one quadrant since her late-November discharge, we believe repeated needling localized the disease there.
Recs: IV sodium thiosulfate with HD (started by her nephrologist Dr. Osei), wound care w/ hydrogel, insulin into upper arms only, pain mgmt per palliative.
Sincerely,
Anjali Raman, MD
"""),
]}

P02 = {"patient_id": "P02", "age": 79, "sex": "M", "notes": [
("2021-01-20", "Telephone Encounter", """
Phone note -- pt called re: back/butt pain
Harold reports his sciatica is "acting up again" since New Year's, shooting from R buttock down the back of the leg. No weakness, no bladder/bowel change, no saddle numbness.
He has been sitting on a plug-in heat pad wedged beneath his right buttock most of the day and all evening since the start of January, says it helps. Told him lowest setting only, and not to doze off with it running.
Meds reviewed: warfarin 5 mg for AF (anticoag clinic INR 2.4 on Thurs), amlodipine, sevelamer, calcitriol. On home PD (CCPD overnight). Not diabetic.
Plan: acetaminophen scheduled, PT referral for sciatica. Avoid NSAIDs (kidneys). Call back if worse.
-- Jo Kimball, PA-C
"""),
("2021-04-06", "Geriatrics Clinic Visit", """
GERIATRICS OUTPATIENT - Dr. Halvorsen
79M, PD-dependent ESRD (CCPD), paroxysmal AF on warfarin, BPH, mild cognitive impairment (MoCA 24), hearing loss w/ aids.
CC: painful spot on R buttock.
HPI: Wife noticed a "bad bruise" on his right buttock in March; over the last several weeks it has turned hard and black and is now exquisitely tender, he can't sit squarely. It's where the heating pad has been sitting every day since Jan. No fall. No injections given there.
Exam: R upper outer buttock - 6x4 cm firm purple plaque, black eschar in its middle, net-like purple border. L buttock and sacrum look fine. 81 kilos on the chair scale (BMI 27.3).
Assessment: necrotic R buttock plaque in PD pt on warfarin where the heating pad has rested daily - strongly suspect calciphylaxis; DDx thermal injury, warfarin necrosis.
Plan: remove heating pad from house (wife agrees). Urgent nephrology + derm. Hold on changing warfarin until nephrology weighs in.
"""),
("2021-04-22", "Specialist Letter (Nephrology)", """
--- pasted from Riverbend Kidney Care ---
RE: Harold Vance DOB redacted
Harold was seen in our clinic on 4/19/21. Incisional biopsy of the right buttock lesion (by Dr. Pruitt, derm, 4/14) returned calcium encrusting the media of small dermal/subcutaneous arterioles, luminal thrombi, and fat necrosis; deposits light up black on von Kossa -> calciphylaxis, biopsy proven.
The distribution over the right buttock corresponds to where he kept a heating pad daily since January, and we consider the chronic heat exposure the local precipitant.
Changes: warfarin discontinued, switched to apixaban 2.5 BID. Calcitriol stopped. Sodium thiosulfate to be given IP/IV per our protocol, sevelamer up-titrated. PD prescription adjusted for Kt/V.
We'll see him every 2 wk. -- K. Adeyemi, MD, Nephrology
"""),
]}

P03 = {"patient_id": "P03", "age": 68, "sex": "F", "notes": [
("2023-05-24", "Annual Wellness Visit", """
ANNUAL WELLNESS VISIT / Medicare AWV
Dolores T. 68 y.o. female
Active problems
- ESRD on HD since 2020 (MWF, Eastside Dialysis), started via R IJ tunnelled line, now using L forearm AVF
- Type 2 DM - metformin stopped at ESRD, now linagliptin 5 daily; A1c 7.1. Never on insulin
- Obesity class I, BMI 30.0 today (wt 79.4 kg, ht 162.6 cm)
- Chronic bilat lower leg edema, venous insuff. on duplex 3/2023, no DVT
- HFpEF, EF 55%
- Depression, on sertraline, PHQ-9 = 6
- Osteopenia, DEXA 2022
- Hx of colon polyps, scope due 2026
Falls screen neg. Hearing ok. Advance directive on file (full code).
Edema: discussed knee-high graduated compression stockings 20-30 mmHg, fitted by DME. She will pick up the stockings this weekend and plans to start wearing them daily once she has them.
Vaccines: Shingrix #2 due, pt declines today.
"""),
("2023-07-28", "Nurse Triage Call", """
Triage call from daughter (Marisol, on HIPAA form)
Mom has "two ugly sores, one on each calf" that began in the middle of July. Located where the upper elastic edge of her compression socks sits, just below the back of each knee. Started as tender purple streaks, now black and hard in the center, mom cries when the socks go on. Been wearing the knee-highs every single day since Memorial Day.
No fever. Not bleeding. Dialysis nurse saw them Weds & said call the doctor.
Per protocol: same-day/next-day eval. Booked w/ NP Castellanos 7/31. Advised: stockings OFF until seen, elevate legs, no heat, no ice.
R. Bell, RN
"""),
("2023-08-10", "Care Coordination Note", """
RN care coordinator - chart update / outside records received
Dermatology (Dr. Whitcombe, Harborview Skin) saw pt 8/3 and took punch bx from the L calf lesion. Path: calcified small vessels in subcutis, thrombosis, panniculitis -> CALCIPHYLAXIS. Derm letter states the ulcerated plaques on both calves lie precisely along the compression stocking band and that the garment pressure is thought to have focused the disease there.
Action items:
 - compression stockings d/c'd permanently (DME notified, pt's drawer cleared by daughter)
 - sodium thiosulfate 25 g w/ each HD run starting 8/14 (Eastside unit aware)
 - wound clinic referral placed: Dr. Patel, 8/17
 - palliative care consult re: pain, pt agreeable
Will f/u with family in 1 wk.
-- Janine O., RN BSN
"""),
]}

P04 = {"patient_id": "P04", "age": 71, "sex": "M", "notes": [
("2024-07-15", "Annual Physical", """
ANNUAL PHYSICAL - Brookside Internal Medicine
71 yo man, retired machinist.
PMH / problem list
 * CKD stage 4 (eGFR 19, stable x 2y), followed by Dr. Lindqvist; not on dialysis, fistula not yet placed
 * Mechanical AVR (On-X, 2015) - warfarin, target INR 2.0-3.0
 * HTN, HLD
 * Obesity: wt 118 kg, BMI 37.5
 * Lipoma R posterior upper arm, enlarging, ~5 cm, cosmetically bothersome to him
 * OA knees
 * Former smoker 40 pk-yr, quit 2009
 * No diabetes (A1c 5.4)
Lipoma - he wants it removed. Referred to gen surg (Dr. Mbeki) for excision; bridging plan for warfarin to be worked out by surg + anticoag clinic.
Recent labs Ca 9.8 / PO4 5.6 / PTH 312. Pt informed; CKD team to adjust binder.
"""),
("2024-08-12", "Outside Letter Scanned", """
[scanned letter - Brookside General Surgery]
Dr. Sato,
Your patient underwent uneventful excision of a 5.5 cm subcutaneous lipoma from the right posterior upper arm under local anesthesia on 6 August 2024. A 7 cm linear incision was closed in layers with a subcuticular Monocryl. Warfarin was held 5 days with enoxaparin bridging (given in the abdomen) and restarted POD1. Path: benign lipoma.
Wound check today: healing well, no hematoma. Steri-strips removed.
Thank you,
N. Mbeki, MD FACS
"""),
("2024-10-01", "Geriatrics Clinic Visit", """
Geriatrics f/u (Dr. Sato's pt, seen by A. Romero, DNP)
S: "my arm scar went bad." Since mid-September the scar behind his R upper arm has become extremely painful; first a purple blotch at the middle of the incision, now dark and firm. He rates pain 8/10, wakes him at night.
O: R posterior upper arm: the well-healed linear scar runs through an indurated violet plaque (6 cm long, 4 wide) with a 2 cm black eschar and livedoid border. No warmth, no drainage. L arm normal. Abdomen (enox. sites): no lesions. Wt 117 kg, BMI 37.2 -> actually recorded BMI 37.5 on scale printout, using 37.5.
A: Painful necrotic plaque within a recent surgical scar, CKD 4, warfarin, obesity, PTH elevated -> concern for calciphylaxis. Ddx: wound infection (unlikely), warfarin necrosis.
P: Derm urgent (Dr. Oyelaran) for deep biopsy. Message Dr. Lindqvist re: Ca x P. Tramadol low dose.
"""),
("2024-10-21", "Specialist Letter (Dermatology)", """
Re: Mr. Walter Kessler
Deep incisional biopsy of the right upper arm plaque (10/8/2024): calcified arteriolar walls, occlusive thrombi, lobular fat necrosis around them (von Kossa confirms calcium). Dx: calciphylaxis, arising in the August excision scar. He is not on dialysis (CKD 4); we will coordinate with nephrology re: sodium thiosulfate and with cardiology because warfarin with a mechanical valve cannot simply be stopped.
-- T. Oyelaran, MD, Dermatology
"""),
]}

P05 = {"patient_id": "P05", "age": 83, "sex": "F", "notes": [
("2022-07-06", "Nurse Triage Call", """
Triage -- call from pt's son, Dwayne
Mom tripped on the garden hose on the Fourth of July and went down on her left side. Didn't hit her head, no LOC, got up on her own. Now has a big purple bruise on the outside of her left thigh, "like a dinner plate." Walking ok w/ her cane. On warfarin (AF).
hemodialysis Monday-Wednesday-Friday, fistula R arm - dialysis yesterday went fine, no extra bleeding at needle sites.
Advice: INR check today at the dialysis unit lab or our lab, a cold compress in 20-minute stretches acceptable for the first 48h with a cloth between, call back for swelling/increasing pain/any head sx. Appt 7/8 for exam.
-- L. Martinez, LPN
"""),
("2022-08-02", "Geriatrics Clinic Visit", """
Office Visit - Geriatric Medicine
Pt: Beatrice, 83F. Problems: ESRD/HD, AF on warfarin (INR 3.1 on 7/6, dose reduced), HTN, macular degeneration, recurrent UTI, no DM.
Bruise from the fall in early July on the left lateral thigh faded to yellow by mid-July, but two weeks ago a new firm dusky-purple area, exquisitely tender, came up on exactly that patch; it now carries a black crust centrally (about 3 by 2.5 cm) with mottled reticulate skin surrounding. Pt: "it hurts worse than the fall did."
Exam: L lateral thigh as above, no fluctuance, no warmth. R thigh normal. Wt 58 kg, BMI 24.1.
Assessment: concern for calciphylaxis at the site of the traumatic hematoma vs. organizing hematoma with skin necrosis.
Plan: derm (Dr. Kovacs) this wk for biopsy, CBC, INR. Discussed w/ nephrology.
-- S. Ibekwe, MD
"""),
("2022-08-19", "Specialist Letter (Dermatology)", """
Dermatology consult letter (pasted)
Dear Dr Ibekwe - many thanks for sending Mrs Beatrice Oduya my way. Her 8/5/22 punch specimen (left thigh) demonstrates calcium lining the walls of little subcutaneous vessels, microthrombi and septal panniculitis; calciphylaxis is confirmed. Her lesion developed precisely where she bruised the thigh in her fall on 4 July, and I believe the injury localized it. Nephrology has stopped warfarin and started apixaban; sodium thiosulfate will be given on dialysis.
Kind regards, Eva Kovacs MD
"""),
]}

P06 = {"patient_id": "P06", "age": 66, "sex": "M", "notes": [
("2018-10-16", "Nurse Visit", """
NURSE VISIT - injection
Pt here for first B12 injection per Dr. Amundsen order (pernicious anemia, B12 118, +intrinsic factor Ab).
Cyanocobalamin 1000 mcg IM given L deltoid/upper arm, lot # on MAR. Tolerated, no reaction after 15 min.
Plan: weekly x4 then monthly, pt prefers we keep using his left arm ("I sleep on my right").
Pt on home PD (nightly cycler), diet-controlled DM2 (A1c 6.7, no meds), obese per problem list (BMI 31.8).
-- K. Lundgren, RN
"""),
("2019-04-09", "Telephone Encounter", """
TELEPHONE ENCOUNTER
Caller: patient (Gunnar). Reports a "purple-black patch" on the outside of his left upper arm since Tuesday 04/02/2019, where the nurse gives his monthly B12 shot. It is hard and so painful he can't put on his coat. No fever. PD exchanges normal, effluent clear.
Per Dr. Amundsen: must be seen today. Next B12 dose on hold; if given, use R arm.
Appointment 2:40 pm today.
-- front desk / routed to RN Lundgren
"""),
("2019-04-30", "Specialist Letter (Dermatology)", """
Northfield Dermatology
Dear Dr. Amundsen,
Re: Gunnar S., 66
I reviewed Mr. S. on 4/11 and 4/25. Over the outer left upper arm there is a 5 cm indurated plaque with central necrosis and violaceous retiform margin, overlying the deltoid injection site where he has had intramuscular B12 monthly since October. Biopsy: medial calcification of small arteries of the subcutis with intraluminal thrombi, von Kossa +. Impression: calciphylaxis, in a peritoneal dialysis patient, localized to a repeated injection site.
I would suggest oral or nasal B12 from here on. Weight today 98 kg, BMI 29.7 (he has lost weight on dialysis and is no longer in the obese range).
Best regards, Priya Hollister, MD
"""),
]}

P07 = {"patient_id": "P07", "age": 77, "sex": "F", "notes": [
("2019-12-30", "Telephone Encounter", """
Phone - pt's daughter Kim calling w/ questions re: mom's knee OA
Kim gave her mom a set of reusable gel cold packs for Christmas and mom has been strapping one onto each knee every evening for about an hour in front of the TV since Christmas day. Asking if that is ok w/ her dialysis and "thin skin."
Advised: cloth barrier always, 20 min max, check skin after. Will discuss knee injection option at next visit.
Med list confirmed: insulin glargine 18u AM + lispro SSI (she injects in abdomen), sevelamer, Renvela, Mircera monthly at HD. No blood thinners.
-- C. Park, MA for Dr. Whitfield
"""),
("2020-03-10", "Geriatrics Clinic Visit", """
GERIATRIC MEDICINE - Dr. Whitfield
77F, HD-dependent ESRD (Tue/Thu/Sat); DM2, uses insulin; OA knees, CAD s/p PCI 2014, anxiety.
HPI: 2 weeks ago noticed painful purplish blotches over the front of both knees, where she has put the cold packs nightly since Christmas. She kept using them "because the cold numbs it." Now both have black crusted centers.
Exam: bilateral anterior knees - symmetric firm plaques, roughly 3-4 cm, dusky violet, each capped by dry eschar, livedo racemosa around them. Thighs, abdomen (insulin sites) and shins clear. Pulses 1+ DP bilat. BMI 28.4 (70.6 kg).
Assessment and plan: Painful bilateral knee necrosis in HD pt, pattern c/w calciphylaxis at cold-pack sites. Stop cold packs. Nephrology aware, will see her at dialysis this week.
"""),
("2020-03-24", "Specialist Letter (Nephrology)", """
Nephrology note forwarded to PCP
Reviewed Mrs. Lorraine Beaudry at HD 3/12 and 3/19 together with our wound nurse. Given the classic appearance of the painful necrotic plaques on both knees, her long dialysis vintage, high phosphorus and PTH, calciphylaxis is our clinical diagnosis; we elected not to biopsy because of the poor healing potential over the patella. The lesions arose at the spots she had been icing every night since 12/25.
Plan: thiosulfate (25 g) after each HD session, switch calcium binder to non-calcium, cinacalcet start, dressings by home health.
-- Farid Haddad, MD
"""),
]}

PATIENTS = [P01, P02, P03, P04, P05, P06, P07]
