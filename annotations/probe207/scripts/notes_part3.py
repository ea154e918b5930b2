"""probe207 corpus notes, C15-C20 (PICC, IV team and vascular-access nursing, and the clinics
around them; all people, places and wording invented)."""

C15 = {"patient_id": "C15", "age": 60, "sex": "F", "notes": [
("2021-10-02", "Infiltration Report", """
INFILTRATION/EXTRAVASATION REPORT - 8 West                        10/2/21 1120
60F. ESRD, HD M-W-F using a L forearm AVF (LIMB ALERT L). DM2, on insulin.
KCl 20 mEq/100 mL running through a 22g PIV, R dorsal forearm (placed 9/30).
Pt said it "stings like fire." Site swollen 4 x 3 cm, pale, cool. Infusion stopped,
~25 mL infiltrated. PIV out, tip intact. Arm raised.
Cold pack 15 min per protocol.
Replacement PIV 22g R upper arm by IV team, US-guided.
BP 150/78, pulse 84, temp 36.9. K 3.1 this AM.
Remaining KCl to be given orally per pharmacy. Hospitalist paged and aware.
"""),
("2021-10-15", "IV Team Follow-up", """
IV TEAM F/U                                                          10/15/21
Asked to look again at the old R forearm infiltration site.
There is now a tender, indurated, violaceous plaque on the R dorsal forearm,
approx 5x4cm, lacy purple border, a tiny dark spot in the middle;
pt first noticed it 10/14.
No warmth, no streaking, no palpable cord.
R upper arm PIV removed yesterday, site clean, no redness.
Wt 74 kg, BMI 28.5.
Recommended: MD and derm to evaluate. Photo in media tab. Asked RN not to use the R
forearm for any further sticks.
"""),
("2021-10-19", "Hospitalist Progress Note", """
Hospitalist progress note                                        10/19/2021
R dorsal forearm plaque at the site of the 10/2 KCl infiltration.
Derm phone consult (Dr Amsel): differential of extravasation injury, calciphylaxis,
superficial thrombophlebitis; in her words calciphylaxis "stays on the list" for a
dialysis pt w/ PTH 980 and phos 7.4 - cannot rule it out - and recommends a punch bx.
Pt declines biopsy ("no more cuts"), wants to go home. Discharged today to her own
dialysis unit; outside derm referral given. No biopsy or diagnosis available to us
after discharge.
Insulin glargine 20 u, lispro SS.
"""),
]}

C16 = {"patient_id": "C16", "age": 75, "sex": "M", "notes": [
("2018-03-03", "PICC Insertion Note", """
PICC INSERTION - vascular access nursing                              3/3/2018
75M, ESRD on CCPD. No diabetes. AF; warfarin (INR today 2.2).
Indication: IV ceftriaxone 4 wks, L knee septic arthritis. Nephrology approved PICC
(no fistula planned; stays on PD).
US: L basilic 5.1 mm. 4 Fr SL PICC, 42 cm, first attempt, ECG tip at CAJ.
Securement: adhesive anchor pad under the hub on the L medial upper arm, CHG disc,
transparent dressing. External length 0.
BMI 24.0 (70 kg). Teaching done with wife, who will help with home infusions.
First dose given here, no reaction. Home infusion pharmacy notified of start date.
"""),
("2018-03-20", "Home Infusion PICC Dressing Change", """
HOME INFUSION - PICC DRESSING CHANGE                                  03/20/2018
L arm PICC, ext 0 cm, arm circ 29 cm.
Under the anchor pad on the L medial upper arm: a lacy purple mottled patch 4 cm
with a firm, very tender pea-sized nodule at its centre. Pt says it has hurt there
since about 3/15. No drainage, no fever. Exit site clean.
Dressing + anchor pad changed, pad moved 2 cm distal.
Called ID + nephrology; Dr Sato: "?early calciphylaxis vs adhesive reaction vs
septic thrombophlebitis" - remove PICC, US of arm, derm.
"""),
("2018-03-23", "Nephrology PD Clinic", """
PD clinic - nephrology                                               23 Mar 2018
75M CCPD. PICC came out 3/21; arm duplex without thrombus. Ceftriaxone finished IM.
L medial upper arm: livedoid patch plus a tender 1 cm nodule, no change.
Possibly early calciphylaxis (warfarin, phos 6.9) - not proven. Derm biopsy booked
for 4/2. Warfarin continued for now, INR 2.4. PD adequacy fine, no peritonitis.
Asked him to call if the nodule opens or new spots appear.
Addendum 4/3: pt moved in with his son, out of state, before the derm visit; biopsy
never done. Records sent. No further information.
"""),
]}

C17 = {"patient_id": "C17", "age": 70, "sex": "F", "notes": [
("2025-06-10", "Home Health Nursing Visit", """
HOME HEALTH RN VISIT - injections + line check                           6/10/25
70F, CKD 4 (eGFR 17), DM2 on insulin, obesity BMI 42.0. Never on warfarin.
Started enoxaparin 120 mg SC daily after the 5/28 PE, given by this agency since
5/30, rotating L and R lower abdomen.
Port (R chest) accessed, flushed, deaccessed; site clean.
Abdomen: small bruises at the injection points, all <1 cm, skin otherwise intact.
Glucose 214, glargine 40 u. Daughter present, knows signs of bleeding to report.
Next visit Thurs.
"""),
("2025-06-24", "Home Health Nursing Visit", """
HOME HEALTH RN VISIT                                                   06/24/2025
Before today's shot: her lower abdomen shows 3 tender, netlike purple patches with
dusky centres, around the earlier enoxaparin sites on both sides, the biggest 5 cm
(L). They began roughly a week ago. She is afebrile, BP 156/84, HR 88.
Injection held. Called PCP and hematology: stop enoxaparin, go to ED tonight.
Daughter to drive. Port not accessed today. Insulin given per her own schedule.
Photos of each patch taken with a ruler and sent to the PCP. Agency supervisor informed.
"""),
("2025-06-26", "Hematology Inpatient Consult", """
Hematology consult                                                   26 Jun 2025
Retiform purpura w/ early necrosis at enoxaparin injection sites, bilateral lower
abdomen. Two main possibilities - heparin-triggered skin necrosis (HIT) or
calciphylaxis (CKD 4, obesity, DM); at the bedside they look alike.
PF4 antibody sent; enoxaparin stopped, argatroban started.
Derm bx recommended but pt and family elected home hospice today; biopsy declined.
PF4 result pending at discharge, not followed up. Hospice RN given the contact
number for hematology. Comfort-focused wound care only: foam, no debridement.
"""),
]}

C18 = {"patient_id": "C18", "age": 57, "sex": "M", "notes": [
("2022-01-18", "Extravasation Event Report", """
EXTRAVASATION EVENT REPORT - Surgical 4B                           01/18/2022 0340
57M, ESRD on HD, POD 2 total parathyroidectomy, hungry bone syndrome.
Calcium gluconate 2 g/100 mL running via 22g PIV R dorsal hand.
Site pale, swollen 5 x 4 cm, pt c/o burning. Stopped, ~40 mL out of vein. PIV removed.
Hyaluronidase 150 units SC in 5 spots around the area per pharmacy. Elevated.
New PIV L forearm by IV team. iCa 0.98. Calcium drip restarted through the new line
after blood return confirmed. Surgeon at bedside 0400.
"""),
("2022-02-22", "HD Unit Nephrology Note", """
HD unit - nephrology                                                  2/22/22
57M, parathyroidectomy 1/16 for tertiary HPT. No DM. Not on warfarin.
R dorsal hand: firm chalky yellow-white papules plus a shallow ulcer about 1.5 cm,
in the area where the calcium gluconate infiltrated; sore since early February.
?calciphylaxis vs calcinosis cutis. Derm bx requested.
Ca 8.6 on oral Ca + calcitriol. BMI 25.8. HD tolerated, UF 2.1 L.
Plan: bx, keep Ca in range, recheck PTH next month. Hand elevated when resting;
no IVs on the R hand.
"""),
("2022-03-08", "Dermatology", """
Dermatology                                                          3/8/2022
R dorsal hand bx (3/1): dense dermal calcium deposits, no vascular calcification, no
thrombosis, no fat necrosis. So: calcinosis cutis, iatrogenic, after the
calcium gluconate leak. Calciphylaxis ruled out.
Exam: ulcer smaller, papules softening. No other skin lesions on arms, trunk or legs.
Plan: wound care, watch; these deposits often resorb in months. No further bx.
He was relieved; told him this is not the disease his dialysis nurses had warned about.
RTC 8 wks, sooner if the ulcer grows.
"""),
]}

C19 = {"patient_id": "C19", "age": 45, "sex": "F", "notes": [
("2023-08-14", "PICC Insertion Note", """
PICC PLACEMENT NOTE - vascular access team                            8/14/2023
45F, CKD 3a, DM2 on metformin, BMI 32.4 (obesity class I). No anticoagulants.
Indication: 4 wks IV penicillin for strep endocarditis. Nephrology ok'd the PICC.
Pt very anxious: her sister, who was on dialysis, died of calciphylaxis two years ago
and she asked if a PICC could cause it. Explained; questions answered.
R basilic, 4 Fr SL, 40 cm, 1 attempt, ECG tip CAJ, CHG + TSM. Skin of both arms intact.
"""),
("2023-09-12", "PICC Removal Note", """
PICC REMOVAL - infusion clinic                                        09/12/2023
Penicillin course complete. R arm PICC removed, 40 cm, tip intact. Site clean, no
redness, no drainage.
She asked for a full skin look because of her sister's calciphylaxis: no lesions, no
purpura, no nodules anywhere on arms, abdomen or legs. Reassured.
BMI 32.4. A1c 7.1 per PCP labs. Metformin dose unchanged.
Infusion pump returned to the home infusion company today.
Gauze dressing 24 h. Discharged from infusion services; f/u with cardiology and her
nephrologist as scheduled.
"""),
]}

C20 = {"patient_id": "C20", "age": 64, "sex": "M", "notes": [
("2024-05-07", "Vein Preservation / Vascular Access Consult", """
VASCULAR ACCESS CONSULT - vein preservation education                     5/7/24
64M, ESRD on CCPD since 2022. Not diabetic. No warfarin. BMI 29.0.
Referred after two recent ED visits with failed PIV attempts.
Education: no PICCs; arm veins saved for possible future fistula; small hand veins
first. Nephrology also asked us to remind him that anyone on dialysis can develop
calciphylaxis, so he should avoid repeated shots into one spot and never put heat packs
or ice straight on his skin. Handout given, wallet card for "save the vein."
"""),
("2024-08-20", "PD Clinic", """
PD clinic                                                            08/20/2024
64M on CCPD, clearance adequate (Kt/V 2.1), peritonitis-free. Not diabetic.
Full skin check: intact throughout, no livedo, no ulcers or nodules; no sign of
calciphylaxis.
Chem: PO4 5.1, iPTH 310, Ca 9.2. BP 134/80, BMI 29.0.
PD catheter exit site without crusting or drainage; tunnel nontender. Continue sevelamer, current cycler prescription.
He reports no ED visits since May and carries the vein card in his wallet.
Wife asks about a flu shot in the fall - fine, deltoid, either arm. Labs again in 4 wks.
RTC 3 months.
"""),
]}

PATIENTS = [C15, C16, C17, C18, C19, C20]
