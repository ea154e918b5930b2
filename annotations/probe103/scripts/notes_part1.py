"""probe103 corpus notes, N01-N07 (oncology and radiation oncology; all invented)."""

N01 = {"patient_id": "N01", "age": 63, "sex": "F", "notes": [
("2019-04-11", "Infusion Center Nursing Note", """
INFUSION CTR - RN NOTE
Regimen: carboplatin/paclitaxel q21d, C4D1 today. Dx: high grade serous ovarian ca, stg IIIC.
Pt is HD-dependent (Tu/Th/Sa, Lakeshore Kidney Ctr) - carbo dosed per pharm for anuric pt, given today since no HD on Thursday.
Pre-tx labs: ANC 2.1, plt 141, Hgb 9.4. Fingerstick BG 212 -- pt states she took her Lantus this am in her upper arm like usual.
Subjective: pt c/o "a sore, dark patch down on my belly" that started 3 wks ago; hurts to wear her slacks. Pt: "that's my lovenox spot". Enoxaparin 80 mg subQ q24h since 01/08/2019 for the clot in her L arm; self-injects, always low on the tummy below the belly button.
Obj: lower abd, just below umbilicus: ~4 cm purplish mottled area with a central dusky firm spot, exquisitely tender, no drainage. Afebrile. BMI 33.2 (88.1 kg).
Tx given without incident. Port flushed, deaccessed, +blood return.
Paged Dr. Villaseñor re: skin finding -> derm e-consult placed. Pt told to hold off on injecting into that spot; plan discussed w/ pharmacy.
T. Abernathy, RN, OCN
"""),
("2019-04-16", "Dermatology Consult", """
DERMATOLOGY CONSULTATION (requested by Gyn Onc)
CC: painful plaque, lower abdominal wall.
HPI: 63F w/ ESRD on hemodialysis x 6 yrs, T2DM on basal insulin, ovarian carcinoma on chemotherapy, started on therapeutic enoxaparin 1/8/19 for an upper-extremity DVT. She injects it herself into the infraumbilical skin every day, rotating only "a couple of inches". Tender purple mottling appeared there in late March, now with black centre.
PE: infraumbilical abdominal wall: stellate retiform purpura measuring 5 x 3.5 cm, eschar at its middle ~1.5cm; livedo rim. Multiple bruise-like needle marks in the same zone. Remainder of skin exam incl. thighs, flanks, breasts: clear.
Assessment: retiform purpura w/ eschar at the enoxaparin injection zone in a dialysis pt. Top concern calciphylaxis; heparin-induced skin necrosis less likely (plt stable).
Plan: two deep incisional samples off the margin today (sutured), send one for von Kossa. Change injection site away from abdomen pending results. Wound care: nonadherent dressing + petrolatum.
"""),
("2019-04-30", "Oncology Clinic Letter", """
Dear Dr. Pruett,
I saw Mrs. Lindqvist back in the gynecologic oncology clinic today. Pathology from the dermatology biopsies returned calcific uremic arteriolopathy: stippled calcium within small arterioles of the subcutis plus fibrin thrombi, highlighted on von Kossa. It came up precisely in the patch of lower abdomen where she has injected enoxaparin since January, which we think explains where it appeared.
We have moved her to apixaban (no warfarin exposure, ever), and her kidney doctors will run sodium thiosulfate alongside every HD session of hers. Her eschar is unchanged, pain is improved on scheduled hydromorphone.
Weight is down a little: 86.9 kg, BMI 32.7. She continues insulin glargine 18 units, now into the arms only.
We will proceed with cycle 5 as planned, with a dose reduction for neuropathy.
Kind regards,
Marisol Villaseñor, MD, Gynecologic Oncology
"""),
]}

N02 = {"patient_id": "N02", "age": 71, "sex": "M", "notes": [
("2021-01-27", "Radiation Oncology On-Treatment Visit", """
RAD ONC OTV - Fx 3/10, L2-L4 for painful osseous mets (mCRPC), 30 Gy/10
Interval hx: tolerating tx. Back pain 6/10, better than at sim. No bowel/bladder change.
New: wife Gloria points out a "nasty purple blotch" on his R low back, "it showed up round mid-January". She says he lies on the heating pad every night on that side "ever since Thanksgiving" b/c of the bone pain, has dozed off on it more than once.
Exam: R paraspinal lumbar skin, ~3 cm lateral to midline and OUTSIDE the tx field: indurated violet plaque, 6x4cm, netlike margin and 1 cm dusky center. No skin reaction within the field.
PMH: ESKD, home PD w/ overnight cycler, AF on warfarin, HTN. Not diabetic.
A/P: lesion predates RT start (1/25) and lies outside the portal - not a radiation reaction. Ddx calciphylaxis vs thermal injury. Heating pad to be put away for good. Urgent derm ref. Continue RT.
"""),
("2021-02-03", "Dermatology Note", """
Derm clinic
71 y/o M on PD w/ metastatic prostate cancer, referred from rad onc.
Hx per pt + wife: electric heating pad under R lower back nightly since Thanksgiving 2020; painful lump there noticed mid-January, progressed to a dark crust.
Exam: R lower back: firm violaceous plaque, retiform edges, central black eschar 1.2 cm. Faint reticulated hyperpigmentation around it (erythema ab igne pattern).
Bx: 6 mm punch x2 + 1 incisional wedge from periphery, R lower back.
Imp: r/o calciphylaxis (warfarin + PD), superimposed on chronic heat exposure.
"""),
("2021-02-19", "Nephrology Clinic Note", """
PD CLINIC - NEPHROLOGY
Seen with wife. Bx from R lumbar plaque: calciphylaxis, biopsy-confirmed (calcified arteriolar media, intraluminal thrombi, lobular panniculitis). Localized to the area under his heating pad.
Meds: warfarin d/c'd today -> apixaban 2.5 bid. Cinacalcet started. Thiosulfate (25 g IV) arranged Mon/Wed/Fri in our day unit.
PD: CCPD 5 cycles, weekly Kt/V 1.87; corrected calcium 9.7, phosphorus 6.6, iPTH 612.
Nondiabetic, HbA1c 5.4%. BMI 27.4.
F/u 2 wks; rad onc aware.
"""),
]}

N03 = {"patient_id": "N03", "age": 58, "sex": "F", "notes": [
("2022-06-09", "Radiation Oncology Nursing Note", """
RN on-tx check - bladder chemoRT (wk 3, wkly cisplatin held, renal)
Pt here in wheelchair. Indwelling foley in place since TURBT, draining to leg bag. Says the leg bag elastic strap "always digs in" around her L calf - she has worn it that way since 02/2022.
Pt describes an extremely sore dark spot under the strap, noticed 06/03/2022 when she took the strap off for a shower. On inspection L posterior calf: 3 x 2 cm purple-black area with hard rim, exactly along strap line. Repositioned bag to a thigh holder for now.
Dialysis: HD M-W-F, R IJ tunneled cath. Non-diabetic. No anticoagulation.
MD notified. Photos in media tab.
"""),
("2022-06-14", "Dermatology Consult", """
Consult: ?pressure ulcer vs calciphylaxis, left calf
58F, ESRD on HD (permcath), invasive urothelial carcinoma undergoing RT. Foley w/ leg-bag strap worn around the left lower leg since February; first noticed the lesion June 3 beneath the strap.
Exam: L posterior calf along a horizontal band: stellate eschar 3.5 x 2 cm, retiform purpura and livedo around it, woody induration, marked allodynia. No lesion on the R leg. Pedal pulses 1+ bilat.
Ddx: calciphylaxis (leading), pressure injury, vasculitis.
Bx: deep wedge, edge of lesion. Avoid compression and straps on BLE.
"""),
("2022-06-28", "Nephrology Consult Follow-up", """
Renal f/u
Bx L calf: calcific uraemic arteriolopathy confirmed - circumferential calcification of small vessels, intimal hyperplasia, microthrombi.
Interpretation: calciphylaxis at a site of chronic strap pressure.
Plan: sodium thiosulfate w/ each HD session, switch calcium-based binder to sevelamer, dialysate Ca 2.0, hold vit D. Never on warfarin, no DM.
BMI 30.2 (81 kg, 163.8 cm).
"""),
]}

N04 = {"patient_id": "N04", "age": 54, "sex": "F", "notes": [
("2023-10-24", "Chemotherapy Day Nursing Note", """
Chemo day - AC-T, C4 of ddAC. L breast IDC, ER+/HER2-.
Access: R chest port (placed 08/14/23 in IR). Accessed with 20g 3/4" huber, brisk blood return, flushed easily.
Skin: at top edge of port scar - black scab ~1 cm with purple, firm skin around it ~3 cm. Pt: "it came up at the start of October and it's killing me". Not where needle goes. No drainage, no fever.
Pt on hemodialysis MWF (L arm AVF). Type 2 diabetic on linagliptin - no insulin.
Notified onc APP K. Dunmore - to see pt before tx. Tx given after APP assessment.
"""),
("2023-10-31", "Dermatology Consult", """
DERM INPT-CONSULT
54 y/o woman w/ ESRD (HD), DM2, BMI 34.5, on dose-dense chemo for breast cancer. Right chest port placed 8/14/2023; incision healed well by mid-September per chart.
Since early October: painful necrotic plaque within the healed port scar.
Exam: R infraclavicular chest: violaceous, woody plaque (3 by 2.5 cm) straddling the incision line, 1 cm adherent eschar, retiform margins. Port reservoir palpable beneath, no fluctuance.
A/P: calciphylaxis vs port pocket infection vs pyoderma gangrenosum. Ultrasound - no collection. Deep incisional bx sent.
"""),
("2023-11-14", "Oncology Clinic Letter", """
Dear Dr. Haverford,
Kerrie Oduya was seen today in breast oncology. Her skin biopsy from the right upper chest confirms calciphylaxis - the pathologist describes mural calcium deposits within tiny fat arterioles, clot in their lumens and necrotic lobules, arising in the scar of her port insertion from August. IR removed the port 11/09 and a new line will not be placed on that side.
She remains on hemodialysis; nephrology has added sodium thiosulfate. No warfarin. Her diabetes is controlled on linagliptin.
We will finish paclitaxel via peripheral access.
Best,
Ruth Castellanos, MD
"""),
]}

N05 = {"patient_id": "N05", "age": 67, "sex": "F", "notes": [
("2024-02-20", "Radiation Oncology On-Treatment Visit", """
OTV - pelvic IMRT, endometrial ca, Fx 14/25
Pt doing ok, mild diarrhea (G1), using imodium.
Knocked L shin against the linac couch step 10 days ago - therapists documented it; small bruise at the time.
Now: new exquisitely painful purplish area on the same shin, first seen by her on Valentine's Day ("some valentine"). Has worn knee-length compression hose on both legs from Christmas on for lymphedema - the stocking top band sits right about there.
Exam: L shin anteriorly, middle 3rd, a 4x3cm violaceous plaque w/ net-like margin, small black center, overlying resolving ecchymosis.
PMH: ESKD - CAPD x3 yrs; insulin-treated type 2 DM (degludec + lispro), mechanical AVR on warfarin, obesity (BMI 39.1).
Plan: derm today/tomorrow, hold stockings on L, d/w PD team.
"""),
("2024-02-27", "Dermatology Note", """
Derm - outpt
67F on peritoneal dialysis, warfarin (INR 2.8), insulin-requiring DM. L pretibial plaque from 2/14/24, at the site of a couch bump on 2/10/24 and where the elastic cuff of her support hose sits (hose worn from 12/25/23).
O/E: L shin: 5 x 3 cm retiform purpura, central eschar 1.5 cm, livedo extending to ankle. R shin normal.
Imp: suspect calciphylaxis. 2 punch bx taken (edge).
"""),
("2024-03-12", "Peritoneal Dialysis Clinic Note", """
Home dialysis clinic
Path: biopsy-proven calciphylaxis, L shin. Discussed w/ cardiology re: warfarin - mech valve so cannot switch to DOAC; INR goal kept at lower end, vitamin K2 added.
Started IP sodium thiosulfate trial. Binder change to lanthanum.
Insulin: degludec 22 u + lispro SSI.
Weight 101.4 kg, BMI 38.6.
Stockings off the L leg until healed. Advised padding for couch step - RT dept informed.
"""),
]}

N06 = {"patient_id": "N06", "age": 49, "sex": "M", "notes": [
("2025-05-27", "Oncology Triage Phone Call", """
TRIAGE CALL - spoke w/ wife (Deena)
Pt: 49M, stage IV colon ca on FOLFOX, on HD.
Wife says he has "hard red lumps on both his thighs, right where he does the Zarxio shots" for about a week now. They hurt when his jeans rub. He does the shots himself into his two front thighs, L one day and R the next, every cycle since they started in March.
No fever, no pus. Wife asks whether to keep giving the shots.
Advised: keep next scheduled appt, bring in for nurse assessment if fever or spreading redness. Msg to Dr. Okonkwo.
"""),
("2025-06-10", "Chemotherapy Day Nursing Note", """
C7D1 FOLFOX (dose-reduced). HD pt - oxali given after Mon session.
Skin: multiple painful lumps bilat anterior thighs, both sides now with dark purple netting, 2 areas on the R w/ black crust. Started 3 weeks ago per pt. All at his filgrastim injection sites (he has given filgrastim 5 mcg/kg SC into the thighs days 3-7 each cycle since cycle 1, March 2025).
VS stable. BMI 29.6. No diabetes. No blood thinners.
Dr. Okonkwo saw pt in chair -> derm referral, filgrastim held, pegfilgrastim via on-body injector on the arm discussed.
"""),
("2025-06-17", "Dermatology Consult", """
DERM
49M HD-dependent, colon ca, filgrastim into both anterior thighs since 3/2025.
Exam: bilateral anterior thighs: several indurated violaceous plaques 2-5 cm with retiform purpura; two central eschars on the right. Lower abdomen, arms: clear.
Bx R thigh (deep incisional).
A: favor calciphylaxis at injection sites.
"""),
("2025-06-26", "Oncology Clinic Note", """
GI ONC FOLLOW UP
Derm bx: calciphylaxis, confirmed on histology (von Kossa +). Distribution bilateral thighs = exactly his G-CSF injection sites.
Plan: no further SC injections into thighs. FOLFOX C8 delayed 1 wk. Nephrology starting STS with HD.
ECOG 1. BMI 29.6, not obese.
"""),
]}

N07 = {"patient_id": "N07", "age": 59, "sex": "F", "notes": [
("2019-05-14", "Infusion Nursing Note", """
Wkly paclitaxel, wk 12 of 12 (final!). Started 02/05/2019.
Cryotherapy: pt wears frozen gloves + frozen socks for 15 min pre, during, and 15 min post each infusion since her very first dose (2/5), to reduce neuropathy.
Pt shows me her L index fingertip: dusky, dark purple-black, extremely painful, "started sometime this spring while I was still doing the ice gloves". Cap refill sluggish that finger only. Other fingers and R hand normal.
HD access: R arm AVF (triage sheet said left - corrected). DM on insulin pump.
Held cryotherapy today. Provider notified.
"""),
("2019-05-21", "Dermatology Consult", """
DERM CONSULT NOTE
59 yo F; ESKD/HD, insulin-treated diabetes, breast ca completing weekly taxane with frozen-glove cryotherapy (both hands, each weekly session since Feb 5).
Exam: L 2nd digit distal pad: 1 cm black dry eschar, surrounding livedoid violaceous skin to the DIP; very tender. R hand and remaining L digits: no lesions. Radial pulses 2+.
Bx of digit deferred (poor healing risk).
Imp: digital necrosis; calciphylaxis favored over cold injury alone given ESRD; vasculitis w/u sent.
"""),
("2019-06-04", "Nephrology Letter", """
Dear Dr. Sandoval,
I reviewed Mrs. Tremblay jointly with dermatology. Vasculitis screen, cryoglobulins and cultures are negative; digital arteries are heavily calcified on plain film. We diagnosed calciphylaxis clinically in the left index finger, arising at a site exposed weekly to the frozen gloves.
Her BMI is 24.3. She is on insulin via pump, no anticoagulation (never warfarin). Sodium thiosulfate started with HD.
Regards,
Dr. P. Nakashima, Nephrology
"""),
]}

PATIENTS = [N01, N02, N03, N04, N05, N06, N07]
