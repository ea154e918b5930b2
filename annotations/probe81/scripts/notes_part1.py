"""probe81 corpus notes, A01-A07 (skilled nursing facility / nursing home; all invented)."""

A01 = {"patient_id": "A01", "age": 77, "sex": "F", "notes": [
("2021-05-03", "SNF Admission Nursing Assessment", """
ADMISSION NURSING ASSESSMENT -- Birchwood Care Center, 2 North
Arrived via stretcher from St. Ansgar Hosp at 1415 after 6 day stay for CHF exacerbation / volume overload.
PMH: ESRD - in-center HD Tues/Thurs/Sat at Riverbend Kidney Ctr (R arm AVF; palpable thrill, audible bruit). Diabetic (T2) for 20+ yrs, insulin dependent: Lantus 18u qHS + Humalog per SSI AC. HTN. Afib - on apixaban (never on coumadin per daughter).
Skin: warm, dry, fragile. Old healed scar R forearm from fistula surgery. No open areas. Braden 15.
Resident is particular about her shots - states "the nurses always give it in my left lower belly, not the arms, they bruise." Care plan updated: all insulin to LLQ abdomen per resident preference, starting tonight.
Ht 5'3" Wt 190 lb, BMI 34.2.
Oriented to room, call light within reach. Daughter Glenna at bedside.
"""),
("2021-06-08", "Weekly Wound Rounds", """
Wound nurse rounds wk of 6/7
Res seen in room w/ CNA assist. c/o "burning, stabbing" pain L lower abd for about a week, rates 8/10, worse w/ brief changes.
Loc: LLQ abd, a few fingerbreadths down & out from the navel
Size: 35mm x 20mm, indurated, violaceous w/ netlike purple border, central black eschar approx 8mm. Dry. Nonodorous, nonfluctuant.
Onset: CNA Marisol spotted a "hard purple spot" there during AM care 6/1/21.
This is the same area where every insulin dose has gone since she came to us on 5/3 -- MAR confirms no rotation to other sites.
Notified Dr. Pruitt. Insulin site changed to posterior R upper arm pending eval. Skin elsewhere intact.
"""),
("2021-06-22", "Physician Monthly Visit", """
Attending progress note
77F w/ ESRD (HD TTS), T2DM requiring insulin, obesity (BMI 33.9 today, wt down slightly).
Derm (Dr. Vasquez) came in and did a 4mm punch at the LLQ lesion on 6/15: path = calcium in walls of tiny arterioles of the fat layer, intimal thickening, occlusive thrombi, fat necrosis. Dx calciphylaxis confirmed.
Lesion sits squarely in the spot used for her insulin since admission on 5/3/21 -- likely the needle trauma seeded it.
Exam: LLQ eschar has grown (approx 40 by 25 mm), surrounding livedo, tender.
A/P:
1. Calciphylaxis, LLQ abdomen - sodium thiosulfate thrice weekly, given in the last hour of dialysis (renal aware), stop Ca-based binder, switch to sevelamer. Pain: hydromorphone low dose.
2. DM - insulin to upper arms only, no abdominal injections.
3. Wound care per WOCN, santyl to eschar.
"""),
]}

A02 = {"patient_id": "A02", "age": 70, "sex": "M", "notes": [
("2019-12-03", "Physician Monthly Visit", """
Monthly visit - Long term care, Hollins Ridge Nursing Home
70 y/o M, ESRD (HTN nephrosclerosis), doing CCPD overnight at bedside (cycler, 4 exchanges). Type 2 diabetes, diet controlled, last A1c 6.6. Former warfarin (stopped 2017 after GI bleed, now no anticoagulant).
S: R knee arthritis pain flared on Thanksgiving (no injury, "it just seized up"). Has been keeping a gel ice pack strapped on the right knee most of the day and night since then - wife brings fresh ones from home freezer.
O: R knee mild effusion, crepitus, no warmth. Skin over the R knee pale, cool, intact. BMI 27.4.
A/P: OA flare R knee - acetaminophen sched, PT eval. Told resident to limit ice to 20 min at a time w/ barrier; he says he will "try".
"""),
("2019-12-16", "Wound Nurse Note", """
WOUND CARE CONSULT
Called by floor nurse re: new dark area R knee.
Res reports pain "like a hot nail" since Thursday 12/12/2019 when the area "turned blue".
Assessment: front of R knee just below the kneecap: irregular stellate purpura roughly 6cm by 4cm with central dusky-black necrotic patch; rim of mottled livedo. Exquisitely tender. Skin cool.
Ice pack still in place on arrival - had been wrapped directly against skin for weeks per res. Removed, staff educated, ice packs d/c'd per MD order.
Wife updated by phone.
Plan: offload, nonadherent dressing, MD & derm notified - concern for calciphylaxis given PD, vs cold injury.
"""),
("2020-01-07", "Family Phone Call", """
Telephone contact - spoke with wife (Darlene) re: plan of care
Explained that the biopsy taken from his right knee on 12/20 came back. Dermatopathology read: calcium deposits lining small subcutaneous vessels, plus clots -- consistent with calciphylaxis. Derm called it a definite dx. She asked if the ice packs "caused it" - explained the cold pressure on that exact spot for ~2 wks before it appeared probably set it off, that calciphylaxis is mainly from his kidney disease.
She asked whether he can stay on the overnight dialysis machine - nephrology keeps him on PD for now.
Questions answered. Pt's weight stable, BMI 27.1. Will call with updates after wound rounds.
"""),
]}

A03 = {"patient_id": "A03", "age": 82, "sex": "F", "notes": [
("2023-01-30", "MDS Skin Check", """
MDS Quarterly - Section M skin conditions
Pressure ulcer/injury present: No
Other ulcers, wounds, skin problems: None
Comments: bilateral lower leg edema 2+. Knee-high TED hose applied every AM since early Jan 2023 (order written 01/2023 by NP for edema). Deep red grooves noted around both upper calves under the elastic cuff of the hose when taken off at HS. Skin unbroken. Will ask NP re: sizing.
Dx list reviewed: ESKD on hemodialysis M-W-F, atrial fib on Coumadin (INR goal 2-3), HFpEF, osteoporosis. A1c 5.4 - no diabetes.
Wt 176 lb, BMI 33.0.
"""),
("2023-03-07", "Weekly Wound Rounds", """
Wound rounds -- Rm 218-B
Both legs: ring of painful lesions circling the upper calves exactly in line w/ the TED hose band.
L calf: 3 discrete purpuric plaques (biggest ~25mm across), one w/ black crust.
R calf: 4cm-long violaceous indurated plaque, central necrosis; smaller satellite.
Pain severe, pt cries with hose application -> TED hose held as of today.
Per pt and CNA staff these started about 3 weeks ago as "red welts" under the band, then went dark.
Differential per NP: calciphylaxis vs pressure injury from device. Nephrology + derm notified.
"""),
("2023-03-20", "Physician Note - Attending", """
Attending visit
82 yo F ESKD (HD MWF), now seen w/ nephrology input. Calf lesions reviewed with derm via telederm photos + in person.
Assessment: calciphylaxis, bilateral calves - clinical diagnosis (retiform purpura + necrosis in ESKD pt on warfarin; biopsy deferred given poor healing of lower legs). Derm and renal both agree.
The lesions follow the top cuff of the knee-high support hose worn every day since January.
Plan: warfarin stopped today, switch to apixaban. IV sodium thiosulfate w/ HD. No compression garments. Local wound care, pain control.
Wt down to 171 lb, BMI 32.1.
"""),
]}

A04 = {"patient_id": "A04", "age": 64, "sex": "M", "notes": [
("2021-07-02", "SNF Admission H&P", """
SNF ADMISSION HISTORY & PHYSICAL
64 yo M admitted for rehab after prolonged hosp for volume overload and new ESRD. HD was initiated in June via tunneled right IJ HD cath (IR placement, June 2021); L brachiocephalic AVF created same admission, maturing. HD MWF at Lakeshore Dialysis.
T2DM on insulin detemir 20 u daily, no prandial.
No anticoagulants. Meds reviewed.
Exam: Tunneled cath R upper chest, dressing C/D/I, no erythema at exit. Skin otherwise intact. BMI 29.8 -- overwt but below obese cutoff.
Plan: PT/OT, dialysis transport, FSBG AC/HS.
"""),
("2021-09-10", "Wound Nurse Note", """
WOCN visit
Tunneled catheter pulled 08/20/21 once fistula cleared for use (per dialysis unit). Tract had healed over.
New: R upper chest, overlying the old catheter tunnel track - purple plaque, firm, about 3cm by 2cm, blackened centrally and a thin rim of lacy purple. Started as a hard tender bump on 9/4/2021 per resident, who says "that's where the line was".
No drainage, afebrile. Pain 7/10.
Photos to chart. Notified MD + nephrology; concern for calciphylaxis vs tract infection.
"""),
("2021-09-28", "Physician Monthly Visit", """
Monthly MD visit
Punch bx R chest lesion (derm 9/16): calcified arteriolar walls in the subcut fat, thrombosed lumens, necrotic fat. Biopsy-proven calciphylaxis at the former tunneled catheter site, R upper chest.
Bx site healing OK.
Continue sodium thiosulfate per nephro, cinacalcet added for PTH 890. Insulin detemir continues, injected into thighs. Weight 204 lb (BMI 29.8).
Dispo: remains long-term.
"""),
]}

A05 = {"patient_id": "A05", "age": 88, "sex": "F", "notes": [
("2023-04-10", "Fall Incident Follow-up Note", """
POST FALL NOTE - 24 hr follow up
Unwitnessed fall yesterday (Easter Sunday) approx 1900 in resident bathroom; found sitting on floor by CNA, stated she "slid off the toilet onto my left side".
Today: large ecchymosis L buttock approx 9 x 7 cm, tender to touch. No deformity, ROM hips WNL, no head strike per res. Neuro checks WNL x 24h.
Hx: CKD stage 5, on hemodialysis 3x/wk (MWF) via L arm graft. No DM. On aspirin only, no warfarin. Wt 118 lb, BMI 22.1.
Fall risk interventions reviewed: bathroom grab bar, toileting schedule.
"""),
("2023-05-02", "Weekly Wound Rounds", """
Weekly skin/wound rounds
L buttock: old bruise from the 4/9 fall mostly faded to yellow, BUT in the middle of that area there is now a new firm, very painful purple plaque (4cm x 3cm), leathery and black in the middle. Res says it "came up like a knot" around 4/24 and has "burned" since.
Surrounding skin with faint mottled net pattern.
Doesn't look like a pressure injury - spares the ischium/sacrum, res mostly up in w/c and shifts weight well.
Recs: MD eval, consider calciphylaxis given HD. Foam dressing, pressure redistribution cushion.
"""),
("2023-05-15", "Family Phone Call", """
Phone call w/ son (Rudy), POA
Updated him that the derm biopsy of the left buttock spot returned c/w calciphylaxis (calcified small vessels + clots in the fat). Dr. Ng reviewed it with resident this AM.
Son asked if it was from the fall. Told him the team thinks the spot formed inside the area that was bruised on Easter and the injury may have been the trigger.
He agreed w/ starting thiosulfate at dialysis and palliative consult for pain. Will call again Friday.
"""),
]}

A06 = {"patient_id": "A06", "age": 75, "sex": "M", "notes": [
("2020-02-03", "SNF Admission Nursing Assessment", """
ADMIT NOTE, Rehab Unit
75 y.o. male arrived from Mercy General s/p R intertrochanteric hip fx, ORIF 1/29/20. Incision R lateral hip w/ staples, well approximated, small serous drainage.
DVT ppx: enoxaparin 30 mg subQ daily x 28 days - first dose given in hospital 01/30/2020. Injections alternated R and L lower abdomen per hosp MAR, will continue that here.
ESRD on HD (TTS), no diabetes. No warfarin.
Obese - BMI 36.0.
Skin: abdomen w/ several small old bruises from injections. Heels intact.
"""),
("2020-02-25", "Wound Nurse Note", """
Wound care note
Called to see multiple painful lumps on belly. Resident first complained of them 2/19 when CNA lifted his shirt.
Lower abd, R and L of midline: 5 nodules / plaques, 1-3 cm, firm, purplish w/ dark centers, 2 on the L have small black eschars. Each one sits on a lovenox injection spot (marked with pen by evening nurse).
Hip incision healed, staples out.
Notified NP - ?calciphylaxis, or just hematomas from the shots. Held lovenox pending MD.
"""),
("2020-03-05", "Physician Note", """
Physician progress note
Skin bx (L lower abdomen, 2/27): calcified subcutaneous arterioles, thrombosis, extensive fat necrosis -> calciphylaxis.
Lesions bilat lower abdomen at prior enoxaparin sites, present since 2/19.
Plan: enoxaparin permanently d/c'd (ppx course nearly done anyway, mobility improved). Sodium thiosulfate per renal with each dialysis. Pain mgmt. BMI 35.6 today.
"""),
]}

A07 = {"patient_id": "A07", "age": 69, "sex": "F", "notes": [
("2024-11-05", "Physician Monthly Visit", """
LTC Monthly -- Dr. Halvorsen
69 y/o F, ESRD - PD (manual CAPD, staff assist), T2DM on glipizide - never required insulin.
Chronic R rotator cuff arthropathy. Her son dropped off an electric heating pad in October; per nurses she lies on it under the back of her right shoulder every night and often during the day.
Exam: R shoulder limited abduction. Skin over posterior R shoulder faintly reddened, intact.
Wt 181 lb, Ht 5'5", BMI 30.0.
Plan: heating pad only on low with timer, PT for ROM.
"""),
("2025-01-14", "Weekly Wound Rounds", """
Wound rounds
Posterior R shoulder / scapular area: black, dry eschar (L 5 / W 3.5) with violaceous indurated rim and faint retiform border. Very painful, resident guarding.
Per resident it began "2 weeks ago" as a sore purple patch right where the heating pad sits. Heating pad removed from room today.
No fever, no drainage.
MD aware, derm consult requested.
"""),
("2025-01-21", "Family Phone Call", """
Call to daughter Annika
Informed her that the 1/17 biopsy from her mother's R posterior shoulder confirmed calciphylaxis.
Also told her nephrology is moving her mom from PD to hemodialysis (HD catheter placed 1/20, first HD run today in-center) to get better clearance of phosphate.
Daughter asked about the heating pad - explained it has been taken home and must not come back.
"""),
]}

PATIENTS = [A01, A02, A03, A04, A05, A06, A07]
