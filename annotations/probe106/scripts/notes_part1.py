"""probe106 corpus notes, D01-D07 (outpatient haemodialysis unit; all invented)."""

D01 = {"patient_id": "D01", "age": 59, "sex": "F", "notes": [
("2019-01-22", "HD Monthly Rounding Note", """
Riverbend Kidney Ctr - chair 14 - MWF 2nd shift
S: Feels "washed out" after Weds runs. Glargine increased by endo over the holidays, now 30u qhs + lispro SS; she says she has been doing all her shots in one spot low on the L belly "since Christmas, it hurts less there".
O: BP 162/88 pre. EDW 91.0 kg. BMI 33.6. AVF L forearm +thrill/bruit.
Labs: corr Ca 9.7 / phos 7.3 / iPTH 812 / alb 3.4
A/P: ESKD 2/2 DM nephropathy on HD - phos poorly controlled, sevelamer bumped to 2 tabs (1600) with each meal. Told her to rotate her injection spots, she nodded.
Dr. Pemberton-Asare
"""),
("2019-04-09", "HD Nursing Flowsheet Comment", """
0715 pt c/o sore spot LLQ, lifted shirt to show RN: purplish mottled patch approx 4x5cm w/ hard center, pt rates pain 8/10, states the thing "popped up 3 wks ago and it's getting darker". Same area she gives insulin. No drainage. Charge RN + NP aware. Tx completed 4h, UF 3.1L.
-- K. Dubrovnik RN
"""),
("2019-04-16", "Wound Consult (visiting wound NP)", """
Seen chairside at request of unit NP.
59F, ESKD dialysing here 3x/wk, T2DM, self-injects insulin, obese. No anticoagulants, no hx warfarin.
Wound: L lower quadrant of abdomen, stellate violaceous plaque 5.5cm by 4.5cm, w/ a 1.5cm black eschar centrally, firm indurated borders, exquisitely tender. Surround has net-like dusky discoloration. Pt pointed to eschar & said "that's right where I been sticking the needle."
Impression: picture strongly suggests calcific uremic arteriolopathy, located on her self-chosen insulin spot. Punch bx of the edge taken today, sent to path.
Recs: stop injecting in abdomen, use the upper arms; xeroform + dry gauze qod.
"""),
("2019-05-06", "HD Monthly Rounding Note", """
Path back (bx 4/16): medial Ca deposits in the small dermal/subcut arterioles w/ intimal hyperplasia & thrombi, von Kossa stain +. -> biopsy-confirmed calciphylaxis, LLQ abdominal wall, which is the site she'd been injecting insulin into since late Dec.
Started STS 25 g IV last hr of each tx. Cinacalcet 30 mg daily. Sevelamer continued, calcium-based binder none. BMI 33.1.
Pain team referral placed. Pt tearful but agreeable.
R. Pemberton-Asare MD
"""),
]}

D02 = {"patient_id": "D02", "age": 74, "sex": "M", "notes": [
("2021-02-20", "HD Nursing Flowsheet Comment", """
Pt arrived via wheelchair, limping. Wife says both his knees "went black on the front" starting early Feb. He has OA both knees and has been sleeping in the recliner with an electric heating pad draped across both kneecaps every night since last fall ("keeps the ache down"). Noted: B anterior knees w/ dark purple netted areas, R ~3cm, L ~4cm, L w small black scab. Tender. Dialyzed via RIJ permcath, no issues. Wife asked to keep the pad off. NP notified.
-- P. Okonjo-Reyes RN
"""),
("2021-03-02", "HD Monthly Rounding Note", """
74M ESRD (HTN nephrosclerosis) HD TTS x 6 yrs. No diabetes. Coumadin for afib (INR today 2.4).
Skin: bilat anterior knee ulcers w eschar, surrounding livedo racemosa, both in the exact zone the heating pad lay on. Derm saw him last Thurs and did a punch bx R knee.
Wt 88.2kg, BMI 29.6. Not obese per chart.
A/P: calciphylaxis? vs thermal injury, r/o - awaiting path. Hold vit D analogue. Discussed w cardiology re: stopping coumadin.
"""),
("2021-03-17", "Dermatology Consult Follow-up (scanned to HD chart)", """
Path from R knee punch: calcified subcutaneous arterioles with thrombosis; fat necrosis. Consistent with calciphylaxis. Both knee lesions clinically the same process. We believe nightly heat from the pad over both knees was a local trigger. Cardiology has since changed warfarin over to apixaban. Recommend STS with dialysis, wound care, and no heat sources against skin.
"""),
]}

D03 = {"patient_id": "D03", "age": 66, "sex": "F", "notes": [
("2022-08-22", "Dietitian Note", """
RD monthly: albumin 3.6, phos 6.4 (up), K 5.0. Pt admits cheese + cola. Reviewed phos binder timing - calcium acetate 667mg 2 caps w meals. She is in a tall CAM boot on the L leg from podiatry for achilles tendinitis, has worn it since Aug 3rd, says the top velcro strap has to be "cinched up tight or it slides." DM2 on metformin... no - on glipizide only (renal dose), no insulin. Wt 82.5 kg, ht 165 cm -> BMI 30.3.
-- T. Vasquez-Lindqvist RD, LDN
"""),
("2022-09-19", "HD Nursing Flowsheet Comment", """
Pt showed RN a painful dark area L shin just below the boot's upper strap line. States it started 09/12/22 as a "tight red knot". Now 3x2 cm purple, firm, center dusky. Pt says strap rubs right there all day. Boot removed for inspection and loosely re-applied. MD aware, photo in media tab.
"""),
("2022-10-03", "HD Monthly Rounding Note", """
66F ESRD on in-center HD (DKD + HTN), T2DM non-insulin, no anticoag.
L anterior shin lesion now necrotic w eschar ~3.5 cm, livedoid rim, band-like distribution matching the CAM boot strap. Bx by derm 9/26 returned calciphylaxis (calcified small vessels, von Kossa +).
Wt today 81.7; BMI = 30.0.
Plan: STS 25g TIW, switch Ca acetate -> lanthanum, podiatry to swap boot for a padded brace w/o a strap over the lesion.
"""),
]}

D04 = {"patient_id": "D04", "age": 52, "sex": "M", "notes": [
("2020-11-30", "Social Work Note", """
SW met pt chairside. He missed two Saturday tx after his L inguinal hernia repair on 11/05/2020 (outpt surgery at St Alphege). Transport now rebooked. Lives alone, morbid obesity limits mobility, would like a shower chair - DME order requested. No DM. Coping ok, denies depression, PHQ-2 neg.
-- L. Farouk-Brennan LCSW
"""),
("2021-02-08", "HD Monthly Rounding Note", """
52M ESRD from FSGS, HD MWF, L upper arm loop graft as access. Not diabetic. No warfarin.
New: painful hard area along his L groin hernia scar, began mid-January per pt, now purpura + central black crust, 6 cm long following the incision line. Surgeon's PA looked at it 2/2, no hernia recurrence, no abscess on US.
Wt 134 kg, BMI 41.3.
Assessment: worried this is calciphylaxis in the surgical scar (Ca x P 68, PTH 1040). Derm referral, urgent.
"""),
("2021-03-01", "HD Monthly Rounding Note", """
Derm bx 2/12 from the L inguinal incision lesion: calciphylaxis confirmed (vascular calcification + thrombosis, panniculitis). Lesion arose on the operative scar, onset roughly 10 wks after surgery.
Now STS IV w/ each run, cinacalcet titrating, parathyroidectomy eval. Wt down to 130.5 kg, BMI 39.8. Obese, counselled.
"""),
]}

D05 = {"patient_id": "D05", "age": 71, "sex": "F", "notes": [
("2025-01-06", "HD Nursing Flowsheet Comment", """
Pt reports a fall the day after New Year's, slipped stepping off the #9 bus, landed on her R side. Large purple bruise R lateral hip ~10x8 cm, tender, no deformity, walking ok. On coumadin (mech MVR) - INR today 3.1. Pt declined ED. NP assessed, ice pack advised PRN... pt says she won't. Fall precautions reviewed.
"""),
("2025-01-28", "HD Monthly Rounding Note", """
71F ESKD HD TTS, T2DM on insulin degludec 18u, warfarin for mitral valve, BMI 27.4.
R hip: inside the yellowing bruise from the 1/2 fall she now has a 4 cm indurated violaceous plaque, necrotic centrally, excruciating pain, "since 01/15". No fever, WBC 7.9.
A/P: I suspect calciphylaxis, born in a recent contusion, pt anticoagulated w warfarin. Derm asap for bx. Avoid further Ca-based binder.
"""),
("2025-02-18", "Dermatology Note (outside, faxed)", """
Patient: 71 yo F, dialysis dependent, referred from HD unit.
Exam: R lateral hip necrotic ulcer 5x4 cm w/ eschar, retiform purpura at border.
Path (telescoping punch, R hip): calciphylaxis - circumferential Ca in small subcutaneous vessel walls plus thrombi and fat necrosis.
Hx per pt: bus fall 01/02/2025 w/ large bruise at that spot, lesion began about two weeks later in the bruised skin.
Rec: STS, consider switch warfarin to apixaban if valve allows (cardiology says no - mechanical), local wound care, pain mgmt.
"""),
]}

D06 = {"patient_id": "D06", "age": 63, "sex": "M", "notes": [
("2019-12-02", "HD Nursing Flowsheet Comment", """
Post-hosp return. Admitted 11/18-11/26 for L leg DVT. Discharged on Lovenox SQ BID + warfarin bridge. Wife gives the Lovenox shots, says she "goes back and forth between his thighs". Started 11/2019 in hospital. Heparin with tx reduced per protocol. Pt no c/o.
"""),
("2020-03-10", "HD Monthly Rounding Note", """
63M ESRD 2/2 ADPKD, HD MWF. No DM. BMI 35.2, obesity.
Lovenox continued far longer than planned because INR kept running low - stopped 2/28, now warfarin alone.
Skin: multiple painful stellate purpuric plaques on the anterior thighs, both sides, several w central black necrosis. Pt says the first ones showed up two months ago "where the wife poked me". Wife confirms they sit in the injection zones.
A/P: calciphylaxis likely vs warfarin necrosis -> derm bx requested.
"""),
("2020-03-30", "HD Monthly Rounding Note - addendum", """
Punch bx R anterior thigh (derm 3/19): small vessel calcification + fibrin thrombi, von Kossa positive; protein C normal. Dx: calciphylaxis of bilateral thighs at prior enoxaparin injection sites. Warfarin to be discontinued & replaced (apixaban). STS started 3/23.
"""),
]}

D07 = {"patient_id": "D07", "age": 68, "sex": "F", "notes": [
("2023-12-05", "PD Clinic Note (home program)", """
68F ESRD on CCPD x 3 yrs, Type 2 DM (linagliptin; no insulin ever). Has not taken warfarin. BMI 28.0.
Pt c/o agonizing pain top of shoulder. She has frozen shoulder and has been putting a gel ice pack on that shoulder 3-4 times daily ever since August, wrapped in a dish towel "mostly".
O/E: over the acromial area - 3 cm indurated purple plaque, livid retiform edge, small dark center. She dates it to Thanksgiving ("couldn't carve the turkey").
Exit site clean. Weekly Kt/V 1.9 on last adequacy.
Imp: ?calciphylaxis vs cold injury. Stop the ice. Derm bx.
"""),
("2023-12-20", "PD Clinic Note (home program)", """
Bx result (derm 12/11): calciphylaxis. Lesion = the spot where the ice pack sat for the last few months. Started STS in-center 2x weekly (converted pt to HD temporarily? - no, remains CCPD, STS given in infusion chair).
Pain improved on gabapentin 100 qhs.
"""),
("2024-01-17", "Social Work Note", """
Pt's daughter called, worried about the "black spot on mom's shoulder from the ice". SW explained the plan. Transport arranged for STS infusions Tue/Fri. Daughter will help with wound dressings at home. Pt remains on home PD.
"""),
]}

PATIENTS = [D01, D02, D03, D04, D05, D06, D07]
