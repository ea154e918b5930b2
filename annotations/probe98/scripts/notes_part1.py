"""probe98 corpus notes, T01-T07 (transplant nephrology; all people, places and wording invented)."""

T01 = {"patient_id": "T01", "age": 57, "sex": "M", "notes": [
("2021-11-02", "Transplant Nephrology Clinic", """
TXP NEPH f/u -- Dr. Vasquez-Lindqvist
57M w/ failed DDKT (2009, chronic AMR, graft lost 2020), now back in-center, T-Th-Sa runs, L BC fistula. T2DM since his 40s.
Meds: tac weaned off, pred 5 daily, sevelamer, cinacalcet 30, glargine 18 units hs, lispro per scale. Glargine was started in June 2021 when A1c crept to 9.4; he does his own shots, "always the outside of my left leg, the one spot it doesnt sting".
No AC, never on coumadin.
101 kg -> BMI 31.2.
A/P: relisting workup - needs updated echo, dental. Discussed rotating inj sites, he shrugged.
"""),
("2022-03-10", "Dermatology Consult", """
DERM CONSULT (req by transplant neph)
CC: "the sore on my leg is killing me"
HPI: Pt describes a rock-hard tender knot, L lateral thigh, first felt roughly 3 weeks ago; dusky violet netting then crept outward and its centre blackened last wk. Pain 9/10, worse w/ pants rubbing. He has been injecting glargine into this exact area nightly since 06/2021 and admits he never moved the needle around.
PMH: ESRD on HD (failed allograft), DM2 on insulin, obesity.
Exam: L lateral thigh ~ 6x4 cm stellate eschar, retiform purpura around it, rim firm + indurated. R thigh, abd clear.
Bx: deep incisional x2 off purpuric margin -> path, VK requested.
Imp: suspicious for CUA at insulin sites; await path.
"""),
("2022-03-18", "Transplant Nephrology Clinic", """
Path back: small-vessel medial calcification + intimal fibrosis, thrombi, lobular fat necrosis, VK +. => calciphylaxis, biopsy-proven, L lat thigh (his glargine spot).
Plan: STS w/ HD x3/wk, stop calcium-based binder (was on none - fine), raise cinacalcet. Insulin moved to abdomen per endo, L thigh off-limits. Wound RN weekly.
Wt 97.5 kg today, BMI 30.1. Still off any blood thinners.
Relisting placed on hold until wound closes.
"""),
]}

T02 = {"patient_id": "T02", "age": 63, "sex": "F", "notes": [
("2023-06-20", "Kidney Transplant Evaluation", """
PRE-TRANSPLANT EVALUATION - Initial
63F referred by Dr. Okonkwo-Reyes (Lakehaven Dialysis). ESKD from hypertensive nephrosclerosis. On CCPD at home since 2021, 5 exchanges overnight, good clearances.
No diabetes (A1c 5.3). Paroxysmal AF -> apixaban (tried warfarin 2019 but INR labile, switched).
Chronic mechanical low back pain, L4-5 DDD, uses OTC NSAIDs sparingly - counselled to stop given residual fxn.
BMI 27.3 (160 cm / 70 kg).
Candidacy: reasonable; needs CT A/P for iliac calcification, cardiology clearance.
"""),
("2023-12-05", "Dermatology Consult", """
Dermatology - urgent add-on
Referred by PD RN for "black patches on her back."
She tells me her back has been bad "since early autumn" so most nights an electric heating pad, dial on high, has been tucked under her lower back. On Thanksgiving, with the grandkids over, her daughter spotted two purple blotches exactly where the pad lies; pt says they "burned like fire" from day one.
Exam: bilateral paraspinal lower back, L and R, symmetric 3-4 cm violaceous retiform plaques w/ central black necrosis; lacy tan-brown heat mottling behind them (erythema ab igne).
Impression: calcific uremic arteriolopathy in PD pt, arising where nightly heat was applied for months; punch bx x1 from L plaque edge.
Heating pad to go, no exceptions.
"""),
("2024-01-09", "Transplant Nephrology Clinic", """
Interval: derm bx confirmed calciphylaxis (calcified arterioles subQ, VK stain +). Both lower back lesions still open, dry eschars, no infection. Converted CCPD -> in-center HD last wk for STS access; tolerating.
Listing status set inactive (status 7) pending healing.
BMI 26.8. Remains on apixaban; warfarin only historically.
"""),
]}

T03 = {"patient_id": "T03", "age": 49, "sex": "M", "notes": [
("2020-09-02", "Orthopedic Foot & Ankle Clinic", """
Ortho F&A
49 yo man, PD-dependent (CAPD, 4x/day), T1DM since age 11 on pump, also on warfarin for prior L femoral DVT (INR 2-3).
R 5th metatarsal base fx after missing a curb. Non-op.
Plan: R tall CAM walker (boot), fitted in clinic today 9/2/20, straps snug, WBAT. RTC 6 wks.
"""),
("2020-11-04", "Wound Care RN Note", """
WOUND CARE - initial visit
Pt states upper strap of his boot "digs in" on his R calf, back side, and he's worn it day & night since ortho gave it to him in Sept.
Wound 1: R posterior calf, exactly along the upper strap line: eschar (adherent, black) 4.5x2cm, rim of purple mottling, exquisitely painful. Pt says in mid-October it was just a "dark bruise looking thing", later it broke open.
Pulses: DP dopplerable.
Boot removed, strap line padded, referred to derm + neph today. Pt's wife asking "is it from the sugar?"
"""),
("2020-11-12", "Dermatology Consult", """
DERM: 49M, ESRD on PD, T1DM (insulin pump), chronic warfarin, BMI 29.6 (wt 90.6 kg / ht 175 cm).
R posterior lower leg plaque w/ eschar at site of prolonged CAM boot strap pressure.
Telescoping punch bx: arteriolar calcification in deep dermis/subcutis, thrombosis -> calciphylaxis.
Rec: d/c warfarin -> apixaban if cardiology agrees; STS; strict offloading of R calf.
"""),
("2020-12-15", "Transplant Nephrology Clinic", """
Txp neph: on SPK list (T1DM + ESRD). Calciphylaxis R calf biopsy-proven, healing slowly. Warfarin stopped 11/20 - now apixaban.
Listing on hold. BMI 30.0 (91.9 kg) - technically class I obesity now.
"""),
]}

T04 = {"patient_id": "T04", "age": 41, "sex": "F", "notes": [
("2019-08-20", "Inpatient Transplant Surgery Note", """
POD#6 s/p transplant nephrectomy of failed R iliac fossa allograft (done 8/14/19 via reopening of her old R lower quadrant hockey-stick incision) for graft intolerance syndrome - fevers, hematuria, tender graft.
Incision c/d/i, staples in place. HD resumed Mon-Wed-Fri, R IJ permcath. No DM. No anticoag. Lupus nephritis hx.
BMI 36.5 - obese.
"""),
("2019-10-29", "Wound Care RN Note", """
Wound clinic
41F, 11 wks from allograft nephrectomy. Per pt, "early October the scar went dark purple and now it's cracking". She's on MWF HD.
Findings: R lower abdominal incision line, the medial 5 cm of scar: stellate black eschar 3.5 x 1.5 cm, surrounding net-like violaceous discoloration, severe pain out of proportion. No drainage, no fluctuance.
Surgeon aware, derm referral sent, concern for CUA vs dehiscence w/ necrosis.
"""),
("2019-11-07", "Dermatology Consult", """
Dermatology
Seen for necrotic plaque along RLQ scar. Deep wedge bx from edge: subcutaneous arteriolar calcification, fibrin thrombi, panniculitis. Final dx: calciphylaxis, arising in the nephrectomy scar on the right lower abdomen.
Risk: ESRD on hemodialysis, obesity (BMI 37.1), SLE with low albumin. No coumadin ever. Not diabetic.
Starting IV STS; nephrology to adjust binders/PTH.
"""),
]}

T05 = {"patient_id": "T05", "age": 72, "sex": "F", "notes": [
("2021-01-06", "Telephone Encounter", """
TC from pt's son (Rodrigo) -- Mom went down on the wet bathroom tiles New Years Eve, came down hard on her bum, left cheek took it all. Big bruise there now, she can sit but it hurts. No head strike, didnt pass out. She's on warfarin for her valve.
RN advice: INR check at dialysis tomorrow, call back if bruise keeps spreading or she can't bear weight.
"""),
("2021-01-25", "Hemodialysis Unit Progress Note", """
HD unit - Monday
72F ESRD (failed LRKT 1998 -> HD since 2016), mech AVR on warfarin, DM2 diet controlled, no insulin.
Pt c/o exquisite pain over L buttock where she fell on 12/31 - says the bruise got harder and about 2 weeks ago turned into a black patch. Unable to sit through full run; tx shortened.
Assessed in chair: L buttock - indurated purpuric plaque 5 x 6, black eschar centrally, livedoid margin.
Dr. Haddad-Ferreira notified. INR 3.1. Urgent derm.
"""),
("2021-02-02", "Dermatology Consult", """
DERM
Dx: calciphylaxis, L buttock - bx (2 x 6 mm punches) showing Ca++ in small vessel walls, occlusive thrombus, necrotic lobular fat.
Onset of the plaque was at the site of the contusion from her New Year's Eve fall. On warfarin (mech valve - can't stop per cards; discuss LMWH vs stay).
BMI 22.6. Diabetes diet-controlled.
"""),
]}

T06 = {"patient_id": "T06", "age": 66, "sex": "M", "notes": [
("2025-02-11", "Inpatient Nephrology Progress Note", """
Renal consult f/u, HD#3
66M, failed DDKT 2011 (recurrent FSGS) -> HD via L AVF since 2019. T2DM on insulin (detemir), morbid obesity BMI 41.3.
Admitted 2/3/25 w/ CAP. SubQ heparin 5000 u q8h started on admit; RNs rotating every dose between L and R posterior upper arms ("abdomen too big & tender" per pt).
Plan: HD MWF, abx per primary.
"""),
("2025-02-19", "Inpatient Dermatology Consult", """
Inpatient Derm consult
Asked to see painful purple patches of both arms. Per RN and pt, onset on 2/17 - first on the R posterior arm, by evening the L arm too. These are the heparin shot sites.
Exam: bilateral posterior upper arms, several 2-3 cm firm, angulated purpuric plaques, two with dusky gray centres; no blistering.
Imp: calciphylaxis favored vs heparin necrosis; HIT Ab sent; deep bx obtained.
"""),
("2025-02-27", "Inpatient Nephrology Progress Note", """
Derm path final: CUA (subQ arterioles calcified, thrombosed); HIT neg.
Heparin SQ stopped 2/19, now mechanical DVT ppx only. STS started.
Warfarin: never. Obese, today's wt gives BMI 40.8. DM2 insulin.
"""),
]}

T07 = {"patient_id": "T07", "age": 59, "sex": "F", "notes": [
("2022-04-26", "Post-Transplant Immunosuppression Clinic", """
IS clinic
59F, LRKT 2012 (sister donor), chronic allograft nephropathy, eGFR now 9, starting HD next mo (AVF matured). Tac 2 mg bid (level 5.8), MMF 500 bid, pred 5.
No DM. No warfarin.
Knee OA flaring - "ice bag on my knee every night since Easter", ortho declined injection given IS.
BMI 33.9.
"""),
("2022-06-08", "Dermatology Consult", """
DERMATOLOGY
Pt now on HD (started 5/16). Skin complaint: "the ice burned my knee" -- a dark, very sore patch on the knee, the spot the frozen gel pack has sat on nightly since Easter. Started in May; she thought frostbite.
Exam: anterior knee (pt points, wraps over patella region) 4 cm violaceous retiform plaque with 1 cm central necrosis, indurated.
Punch bx taken. DDx CUA vs cold panniculitis.
"""),
("2022-06-21", "Transplant Nephrology Clinic", """
Bx: calcified subcutaneous arterioles, VK+, thrombi - consistent w/ calciphylaxis of the knee (ice-pack site).
Plan: stop icing. STS w/ HD. Tapering MMF off (graft failed, keep low-dose tac + pred for sensitization).
Weight stable, BMI 33.5. Never diabetic.
"""),
]}

PATIENTS = [T01, T02, T03, T04, T05, T06, T07]
