"""probe94 corpus notes, N01-N07 (rural NP clinic and telemedicine shorthand; all invented)."""

N01 = {"patient_id": "N01", "age": 59, "sex": "F", "notes": [
("2021-03-09", "Telehealth Video Visit", """
VIDEO VISIT (doxy) - pt at home, Hollow Creek. Verbal consent obtained. Audio cut out x2.
CC: "sore blk spot on belly"
HPI: 59F w/ ESRD on PD (CCPD overnight), DM2 on lantus + humalog SS. States she has been sticking all her insulin in the L lower belly, LLQ, "the only spot that don't bruise" - been doing that since 06/2020. On 3/2/21 noticed a hard painful knot there, now darker purple w/ blk scab center per pt. Held phone camera up: ~3 cm dusky area, central black crust, lacy purple edge. Denies fever/chills, PD effluent clear.
A/P: painful necrotic-appearing lesion LLQ at insulin site in PD pt. Worried re calciphylaxis, ddx abscess. Needs in-person look + bx. Use R abd for insulin meanwhile. Appt Tues.
- K. Varga, FNP-C
"""),
("2021-03-16", "Rural Health Clinic NP Visit", """
S: f/u LLQ lesion from video visit. Pain 8/10 esp when pants rub it. Taking tylenol only. Still on CCPD, 5 exchanges nightly.
O: T 98.1, BP 148/86. wt 87.9kg (BMI 33.6).
Abd: LLQ 3.5x2.8cm indurated violaceous plaque, firm, exquisitely TTP, central 1 cm eschar, retiform purpura at margin. Multiple old needle marks scattered in same zone. R abd clear. No fluctuance, no drainage.
Procedure: 4mm punch bx at plaque edge after lido, 1 suture. Pt tol well.
A: Necrotic plaque LLQ, insulin inj site, ESRD/PD - r/o calciphylaxis.
P: path sent. Neph notified. No more inj on L abd. RTC 2 wk or sooner prn.
KV FNP
"""),
("2021-03-30", "Telenephrology Consult", """
Tele-neph via clinic cart, NP Varga present w/ pt.
Path back: subQ arterioles w/ circumferential calcification + thrombi, lobular fat necrosis. Read as calciphylaxis.
Pt reports lesion began 03/02/2021 in LLQ, which is where all her insulin went from June 2020 onward. I agree the repeated needle trauma there probably set off this calciphylaxis lesion.
Labs: corr Ca 10.2, phos 7.4 (high), iPTH 612. On calcium acetate binder -> switching to sevelamer. Start STS 25 g w/ PD plan via home infusion. Wt today 86.4 kg, BMI 32.9.
No warfarin hx. Insulin to R abd/arms only.
"""),
]}

N02 = {"patient_id": "N02", "age": 72, "sex": "M", "notes": [
("2023-02-14", "Rural Health Clinic NP Visit", """
72 yo M, HD T/Th/Sat @ Pine Ridge dialysis (1 hr drive). Hx: mech AVR on coumadin, HTN, chronic LBP. No DM - A1c 5.3.
c/o painful "burned spot" R low back since sometime in January. Says he sleeps w/ an electric heat pad under the R low back every night, "on high", since Oct '22 when the back flared.
Exam: R lumbar paraspinal skin - 6 x 4 cm stellate purple plaque, firm, w/ central black necrotic crust approx 2 cm. Reticulate mottling around it, roughly pad-shaped. L side skin normal.
Wt 80 kg BMI 26.4
Imp: necrotic plaque R low back, ESRD + warfarin, chronic heating pad exposure. concern calciphylaxis vs thermal burn.
Plan: told to stop heating pad. Photos uploaded for telederm e-consult. INR 2.7.
- M. Oduya NP
"""),
("2023-02-21", "Teledermatology E-Consult", """
E-consult reply (store & forward), images x4 reviewed.
Hx per referring NP: ESRD on HD, warfarin, heating pad nightly on R lower back since 10/2022, painful lesion onset Jan 2023.
Images: large retiform purpuric plaque w/ central eschar R low back, livedoid border.
Impression: clinical dx calciphylaxis, arising in area of chronic heat exposure. Erythema ab igne may coexist at periphery.
Rec: incisional/punch bx at edge if pt agreeable; d/w neph re STS; consider switching warfarin to alternative if cardiology agrees (mech valve may preclude). Stop all heat to the back.
"""),
("2023-03-07", "Dialysis Unit NP Rounding Note", """
Rounded chairside.
Bx (done 2/24 at clinic) - calcified small vessels + thrombosis, c/w calciphylaxis. R low back wound approx same size, dressing CDI. Pain 6/10 on HD.
STS started 3/2 on HD, 3x/wk, tolerating aside from nausea. Cards says stay on warfarin d/t mech valve. Binder changed to sevelamer.
Heating pad gone from house per wife.
"""),
]}

N03 = {"patient_id": "N03", "age": 66, "sex": "F", "notes": [
("2024-05-20", "Telemedicine Video Visit", """
Video visit. Pt home (Dry Fork) w/ daughter helping w/ tablet.
66F, ESRD HD MWF, DM2 - glipizide, never on insulin, morbid obesity, CHF.
HPI: Wound clinic put her in thigh-high compression stockings on 04/08/2024 for leg swelling. Pt says the stockings "dig in" at the top band and behind both calves. ~3 wks ago started w/ purple painful patches both calves, now black on the L. Pain keeps her up.
Video: bilat posterior calves w/ dusky purple mottled patches, dark center L.
A/P: painful purpuric/necrotic lesions BLE under compression garments in HD pt; calciphylaxis until proven otherwise. Stockings off. In person Thurs.
J. Pettibone APRN
"""),
("2024-05-23", "Rural Health Clinic NP Visit", """
S: here for calf lesions. Stockings off since Mon. Pain 9/10.
O: Wt 118 kg, Ht 167 cm, BMI 42.3. Afebrile.
R post calf: 4x5cm violaceous indurated plaque w/ livedo racemosa border.
L post calf: 6x4cm plaque w/ 2cm central eschar, TTP.
Clear indentation line from stocking bands at upper calves bilat. DP pulses 1+ bilat.
Bx: 4mm punch L calf edge.
A: suspected calciphylaxis bilat calves, onset ~4/29 per pt (3 wks before video visit), after compression stockings started 4/8.
P: path, wound care w/ nonadherent dsg, no compression. Neph aware.
JP
"""),
("2024-06-06", "Dermatology Telehealth Follow-up", """
Derm telehealth f/u - bx reviewed: calcified media of small vessels in dermis/subcut, intravascular thrombi, von Kossa +. Dx: calciphylaxis, bilat calves.
Distribution tracks the stocking pressure areas on both calves; onset about 3 wk after compression was applied. Agree with stopping compression permanently.
Plan: STS during HD + wound care + pain control. Not on coumadin. BMI 42.3.
"""),
]}

N04 = {"patient_id": "N04", "age": 63, "sex": "F", "notes": [
("2019-12-09", "Rural Health Clinic NP Visit", """
CC: painful spot on R breast
63F. PMH ESRD on HD (MWF), DM2 - levemir 18u qhs into abd, R breast ca s/p lumpectomy 9/12/19 (Dr Lindqvist, regional hosp), hx DVT 2015 on coumadin x2 yr then stopped.
Pt states lump at the scar "came up right around Thanksgiving", painful, now has a black middle.
Exam: R breast UOQ along healed lumpectomy incision: 3x2cm purple indurated plaque, eschar (blk) 8mm centrally, skin around it mottled. L breast nl. No axillary nodes palp. Scar otherwise healed.
BMI 29.8 (wt 76 kg)
A/P: necrotic plaque in lumpectomy scar - ddx radiation dermatitis (no XRT yet), infection, fat necrosis, calciphylaxis in HD pt. Referred surgery telehealth + derm. CBC, CMP, PTH.
B. Navarro, NP
"""),
("2019-12-17", "Telehealth Surgical Oncology Visit", """
Telehealth w/ Dr Lindqvist, clinic RN presenting.
Lesion R breast within lumpectomy scar (incision 09/12/2019). Onset per pt 11/28/2019 (Thanksgiving day - "I remember because I couldn't wear my bra to dinner").
Incisional bx obtained at clinic 12/16 per my request.
Path (prelim read by phone): calcific uremic arteriolopathy, no residual carcinoma.
Imp: CUA arising in surgical scar, R breast. Defer radiation start, d/w rad onc.
"""),
("2020-01-06", "Dialysis Unit NP Rounding Note", """
HD rounding. Calciphylaxis R breast scar - on STS 25g TIW since 12/20. wound contracting, eschar edges lifting, pain 4/10.
Insulin still in abd, no lesions there. BMI 29.8, not obese per dietitian.
Past warfarin only (2015-17). Not on any anticoagulant now.
"""),
]}

N05 = {"patient_id": "N05", "age": 70, "sex": "M", "notes": [
("2023-07-05", "Rural Health Clinic Walk-in", """
Walk-in. 70M, ESRD - HD Tu/Th/Sa. Nondiabetic. Fell off porch steps onto gravel driveway yesterday evening (4th of July fireworks, missed last step). Scraped R knee.
Exam: R ant knee 5x4cm abrasion w/ embedded gravel, superficial, no lac needing closure. ROM full. No bony TTP.
Tx: irrigated, debris removed, bacitracin + nonadherent dsg. Tdap UTD (2021).
BMI 28.1.
- T. Ashworth FNP
"""),
("2023-07-27", "Rural Health Clinic NP Visit", """
RTC for the R knee - abrasion was healing, then on 07/19/2023 the center turned "purple and hard" and hurts way more than the original scrape.
O: R anterior knee: 4 cm firm violaceous plaque centered on prior abrasion, 1.5cm necrotic blk center, retiform border extending to prox shin. Not warm, no pus. L knee nl.
A: necrotic plaque at site of recent fall abrasion, HD pt -> concerned for calciphylaxis; cellulitis less likely.
P: punch bx today, send. Tele-derm. Neph notified. New AF found on EKG last wk at HD -> cardiology started warfarin 7/24, will ask re alternatives.
TA
"""),
("2023-08-10", "Teledermatology Video Consult", """
Video consult, pt in clinic w/ NP.
Path: calciphylaxis (Ca deposition within subcut vessel walls, fibrin thrombi, fat necrosis).
Lesion arose at the R knee abrasion from his July 4 fall, onset 7/19 -> pathergy/Koebner-type localization.
Rec: STS, wound care, avoid further warfarin if possible (on since late July) - cards to consider apixaban. Wt stable, BMI 28.
"""),
]}

N06 = {"patient_id": "N06", "age": 55, "sex": "M", "notes": [
("2022-05-11", "Rural Health Clinic Nurse/NP Visit", """
Here for iron. 55M, ESRD on PD (CAPD), iron def anemia, failed oral iron, no IV access today - neph ok'd IM.
Iron dextran IM Z-track given R upper outer gluteal 05/11/2022 per order. Tolerated, no rxn obsd x30 min.
Vitals stable. Wt 101 kg, BMI 30.0.
Not diabetic. No anticoag.
- R. Delacroix NP
"""),
("2022-07-08", "Telemedicine Phone Visit", """
Phone visit (no video - pt on ranch, poor signal).
Pt c/o "hard sore spot" on R butt cheek, started sometime last month, where he got the iron shot in May. Now turning dark, hurts to sit in truck. No fever. PD going ok.
A: painful induration R buttock at prior IM iron site, PD pt. ddx: abscess at inj site, fat necrosis, calciphylaxis.
P: needs exam. Scheduled.
RD
"""),
("2022-07-19", "Rural Health Clinic NP Visit", """
S: R buttock pain x since June, worse sitting.
O: R upper outer gluteal: 5 x 5 cm indurated plaque, violaceous, w/ stellate central necrosis 1.5 cm and livedo at edge. Exactly at May IM site per pt and per injection record. L buttock nl.
BMI 30.0, obese.
Proc: 6 mm punch bx from edge.
A/P: abscess vs calciphylaxis; bedside US w/o fluid collection. Path + cx sent.
"""),
("2022-08-02", "Telenephrology Follow-up", """
Tele-neph.
Bx: calciphylaxis, no organisms.
Location = R gluteal site of IM iron dextran on 5/11/22, lesion onset June 2022. Iron injection is a recognized local trigger.
PD adequacy ok. Ca x P elevated. Start STS IV at infusion ctr. No more IM injections. Wt 100.5, BMI 29.8.
"""),
]}

N07 = {"patient_id": "N07", "age": 77, "sex": "F", "notes": [
("2025-01-08", "Telehealth Phone Visit", """
Audio only visit. 77F, ESRD HD MWF, DM2 - basaglar pen in abdomen daily. Sciatica L side.
For the sciatica she ices the lateral L thigh w/ gel packs from the freezer, several x daily, started approx mid-December. Noticed on New Year's Eve a painful hard purple spot right there, now "getting bigger, black center".
No fevers. Family worried.
A/P: painful necrotic lesion L lateral thigh at chronic ice pack site - ?calciphylaxis vs cold injury. Stop ice. Come in Friday.
S. Whitcomb NP
"""),
("2025-01-10", "Rural Health Clinic NP Visit", """
O: L lateral thigh mid-third: 7x5cm retiform purpuric plaque, woody induration, 2.5 cm black eschar. Cold pack outline roughly matches. R thigh normal. Insulin sites abd no lesions.
Wt 90.3 kg BMI 34.0.
Proc: punch bx 4mm x1.
A: likely calciphylaxis L thigh.
P: path, telederm, wound RN. SW re transport for STS.
SW NP
"""),
("2025-01-24", "Dermatology Telehealth Visit", """
Bx: vascular calcification w/ thrombosis subcut + septal panniculitis - c/w calciphylaxis.
Hx: ice packs applied to L lateral thigh since mid Dec 2024, onset 12/31/2024 at that exact site.
Dx calciphylaxis L lateral thigh, likely localized by repeated cold trauma. Recommend STS w/ HD, no topical cold or heat. Weight down, BMI 33.1. No coumadin.
"""),
]}

PATIENTS = [N01, N02, N03, N04, N05, N06, N07]
