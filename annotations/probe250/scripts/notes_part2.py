"""probe250 corpus notes, D08-D14 (adult protective services, forensic nursing and the clinics around them; all invented)."""

D08 = {"patient_id": "D08", "age": 79, "sex": "F", "notes": [
("2025-07-15", "APS Intake Report", """
APS Intake   07/15/2025 16:30   Priority: 24h
Reporter: RN, Fernway Dialysis (mandated)
AV: 79 yo F, resident of Cedar Glen Assisted Living; ESRD (HD MWF); T2DM -
semaglutide pen once weekly into the abdomen; not on insulin
Allegation: neglect by facility

Reporter states that since the spring the facility has put AV in smaller briefs ("medium
instead of her 2XL") and aides say "she's lost weight" - the unit scale says she has not.
Reporter noticed deep red grooves in both groin creases where the leg elastic sits. Since
the Fourth of July AV has had painful dark patches in both groins; RN saw them today while
checking a wet dressing. Facility told reporter "it's just chafing." AV alert, says the
briefs "cut me."
"""),
("2025-07-18", "Forensic Nurse Examination", """
FORENSIC NURSE EXAM - Cedar Glen AL, rm B-9 | July 18th, 2025 | D. Aldana RN, FNE-A/A
Consent: AV (capacity intact), written.
AV: "They gave me the little ones in the spring. They squeeze."
Body map (anterior/posterior + perineal diagram), 12 photos w/ ABFO scale:
 #1 R inguinal fold: 5 x 2 cm black necrotic plaque with a purple lacy margin, lying
    exactly along the brief leg-elastic line.
 #2 L inguinal fold: similar plaque, 6x3cm, same line.
 #3 Both groin creases: deep linear grooves from elastic; brief on AV today is
    size M, label checked.
No bruises, burns or other patterned marks. Wt 97.8 kg, BMI 36.1.
Impression: garment pressure marks; the wounds need a medical dx (r/o calciphylaxis).
"""),
("2025-07-25", "Dermatology Consult", """
Derm consult   7/25/25
79F ESRD on HD, T2DM (semaglutide), obese (BMI 36.1).
6 mm punch + incisional bx L groin 7/21: mural calcium in subcut microvessels,
thrombi, fat necrosis. No vasculitis.
DX: calciphylaxis, bilateral inguinal folds, onset 7/4/25, along the band of too-tight
briefs worn since spring 2025.
Plan: correct-size briefs (2XL) or none + underpads; STS with HD; Ca carbonate -> sevelamer;
silicone foam to both folds. APS and ombudsman following the facility.
Exam today: R fold plaque has grown to 5.5x2.5cm, L unchanged, no new areas elsewhere.
Pain 8/10; low-dose oxycodone as needed, renal dosing.
"""),
]}

D09 = {"patient_id": "D09", "age": 71, "sex": "M", "notes": [
("2020-05-19", "Forensic Nurse Examination", """
FORENSIC NURSE EXAMINATION - adult, suspected physical abuse
19 May 2020   Examiner: T. Vukovic RN, FNE
Referral: APS, after a neighbor heard shouting; AV lives with his brother.
AV: "Nobody hit me. I kicked the coffee table Friday" (5/15). Brother denies striking him.
PMH per AV/records: ESRD (HD MWF); T2DM, injects insulin in his abdomen; AF - apixaban;
warfarin never prescribed. BMI 31.0.
Injuries (body map + 8 photos w/ scale):
 1. R anterior shin, mid: 4 x 3 cm purple-green contusion, no pattern.
 2. R dorsal forearm: 2 cm flap skin tear, steri-strips applied in ED.
 3. L leg, trunk, back, head: no injuries.
Opinion: findings fit the accidental history given; no patterned injury. APS to continue
the home assessment.
"""),
("2020-06-22", "Hemodialysis Rounding Note", """
HD rounds   06/22/2020
71M, HD MWF. Two wks of "knife-like" L calf pain. He has not bumped or hurt that leg,
he says.
Exam: ulcer L medial calf 3x2.5cm, black eschar, violaceous netlike skin for ~4cm around
it. R shin: the old bruise is gone - skin looks normal.
Labs: PTH 950 | PO4 7.9 | Ca 10.1 | albumin 3.1
Assessment/plan: ulcer L calf - ?calciphylaxis. Derm to biopsy; calcium-based binder off;
runs lengthened to 4.5 hrs; analgesia. Brother drives him to HD and seems supportive.
"""),
("2020-07-01", "Dermatology Consult", """
Dermatology consult   July 1, 2020
Deep punch bx 6/26 L medial calf: calcified, thrombosed subcut arterioles; fat
necrosis around them -> calciphylaxis.
Note: nothing injured the L leg before this began; the May contusion and skin tear were on
the R shin and R forearm, both healed.
DM on insulin (abdominal sites). BMI 31.0.
Exam: eschar adherent, livedo rim ~3 cm; DP/PT pulses weak yet palpable, L ABI 0.9.
Plan: thiosulfate with dialysis, dressings twice a week, analgesia. Per CW the APS case
was closed as unsubstantiated.
"""),
]}

D10 = {"patient_id": "D10", "age": 86, "sex": "F", "notes": [
("2018-03-06", "Dermatology Clinic Note", """
Dermatology clinic   03/06/2018
86F, CAPD (4 exch daily) for ESRD. Warfarin: yes, AF. DM: none. BMI 29.4.
Painful R anterior thigh plaque since late January; ulcerated last wk. Per pt and daughter,
that thigh had no injury, shot, heating or icing before it appeared.
Exam: ulcer R anterior thigh 7x5cm, black eschar, retiform violaceous border.
Bx 2/27 (R thigh): vascular calcification + thrombosis in subcutis = calciphylaxis.
A/P: R thigh calciphylaxis. Start STS; warfarin - discuss with cardiology; wound RN weekly;
non-adherent dressing. Counseled daughter: heating pads and ice must stay off the wound.
"""),
("2018-04-10", "APS Intake Report", """
ADULT PROTECTIVE SERVICES INTAKE   4/10/2018
Reporter: home health wound RN (mandated)
AV: 86 yo F, home PD, lives with daughter (AP)
Allegation: caregiver neglect - unsafe home treatment

Reporter states AV has a known calciphylaxis ulcer on her R thigh (since January). The
daughter has been putting an electric heat pad on the wound "for the pain" since about
March 20, on high, under a blanket, despite the dermatologist's instructions. Today reporter
found blisters and raw skin in a ring around the ulcer. Daughter says "heat helps mom
sleep." No other concerns; home clean, meds organized, PD supplies in order.
"""),
("2018-04-12", "Forensic Nurse Examination", """
FNE - Vulnerable Adult | 12 Apr 2018 | home visit with APS CW
Consent: AV verbal.
Body map + 10 photos:
 #1 R anterior thigh: known calciphylaxis ulcer 8 x 6 cm with eschar (present since Jan
    per derm note 3/6); around it a 3-4 cm rim of partial-thickness burn with ruptured
    blisters, square margins matching the heating pad.
 #2 Back, arms, L leg: no injuries.
Impression: thermal burn around a pre-existing ulcer from home heat application; no sign
of intentional harm.
Heating pad removed with daughter's agreement; education given; wound RN to see 3x/wk.
BMI 29.4 (overweight).
"""),
]}

D11 = {"patient_id": "D11", "age": 66, "sex": "M", "notes": [
("2016-08-09", "APS Intake - Self-Neglect", """
APS intake - self-neglect   8/9/2016
Reporter: social worker, Dunmore Kidney Center (mandated)
AV: 66 yo M, lives alone, ESRD, HD Tu-Th-Sa, missed 5 treatments in 2 wks.
Concerns: strong foul odor from under his belly, hoarding reported by a neighbor; AV says
"I can take care of myself." Diabetes managed with linagliptin; endocrine recommended
insulin last year - AV refused, "no needles." Warfarin for a leg clot was stopped in 2012.
Very large body habitus, BMI 45.2 on the unit chart.
No allegation against any other person. Priority: 3 days.
"""),
("2016-08-11", "APS Home Visit Narrative", """
APS HOME VISIT   Aug 11 2016   CW Lionel Baptiste with HD RN Petra Sousa
Home cluttered, pathways clear. AV in bed. RN examined skin with consent:
lower pannus, midline to L: ulcer 12x8cm, thick black eschar, purple mottled edge,
foul drainage. AV says it began "after Easter" as a sore purple lump.
AV denies any fall, blow, heat pack, hot water bottle, ice, or shots in the belly - "I
don't do needles, ever." No bruises anywhere. No one else has access to the home.
RN called 911 with AV's consent; transported to Kestrel Valley Hospital.
"""),
("2016-08-17", "Inpatient Dermatology Consult", """
Derm inpatient consult   08/17/16
66M HD pt with ESRD; DM2 on linagliptin only; remote warfarin (stopped 2012), BMI 45.2.
Bx 8/13 lower pannus: arteriolar calcification, thrombosed, necrotic fat - calciphylaxis.
Nothing ever injured that skin, per pt.
Exam: pannus ulcer same size as on admission, eschar stuck down, surrounding cellulitis
receding on vancomycin.
Plan: STS w/ HD; gen surg for debridement; sevelamer.
Counseling: abdominal wall is off-limits for any injection; DVT prophylaxis with SCDs, no SC
heparin; should insulin be started one day, keep it out of the pannus.
Hot/cold packs: never on his belly.
"""),
]}

D12 = {"patient_id": "D12", "age": 75, "sex": "F", "notes": [
("2023-03-14", "ED Forensic Nurse Examination", """
ED FORENSIC NURSE EXAM   03/14/2023   21:05
75 yo F, brought by daughter. States her husband (advanced dementia) bit her L forearm
Sunday evening (3/12) while she was helping him undress.
PMH: ESRD (HD MWF), insulin-treated T2DM - home health RN gives her NPH, always
behind the upper arms, over the triceps (swaps L/R daily). No warfarin. Wt 92 kg.
Body map / injuries:
 1. L volar forearm: two opposing curved arcs of bruising, 4 x 3.5 cm overall, central
    sparing, 3 small punctures - human bite pattern; swab for DNA collected.
 2. Backs of upper arms: tiny injection marks, no bruising.
 3. Thighs, legs, trunk: skin intact.
Tx: amoxicillin-clavulanate renally dosed; tetanus current. APS report (#23-1182).
"""),
("2023-03-21", "APS Case Note - Safety Plan", """
APS case note   3/21/23
Husband moved to Sandpiper Memory Care on 3/18 with the daughter's help; placement funded
through his long-term care policy. AV remains at home with HH nursing 3x/wk for insulin and
med setup. Per HH RN the bite wound is healing, no new injuries. AV tearful but relieved,
visits him daily; given caregiver support group info. CW looked at her L forearm: bite
area pink and scabbed over; no other marks on arms or face.
Risk reassessed: low. Case stays open 30 days for monitoring; CW to phone after her next
week of HD.
"""),
("2023-04-24", "Hemodialysis Rounding Note", """
HD ROUNDS   Mon 04/24/2023
10 days of burning in both inner thighs. Denies falls; nothing is injected in her legs.
Exam: retiform violaceous plaques, medial thighs bilat - L 6x4cm w/ dusky necrotic
centre, R 4x3cm. Bite on L forearm healed.
Pain 9/10, sleeping upright in a chair. Post wt 91.6 kg. Daughter asks if the bite could
be connected - explained it is not.
PTH 720 / Ca9.8 / PO4=7.1.
Imp: bilateral thigh lesions, concern for calciphylaxis; derm bx asked for, urgent; binder
to sevelamer; HH RN to keep giving insulin in the arms only.
"""),
("2023-05-02", "Dermatology Consult", """
Dermatology   May 2, 2023
Biopsy 2023-04-27, L medial thigh: calcified subcutaneous vessels with clot; necrotic fat.
Dx: calciphylaxis, medial thighs bilaterally. She reports no shots, pressure, heat or
injury involving her thighs; insulin has only gone into the posterior arms; the bite was on the L forearm.
Exam: L plaque now 7x5cm, eschar forming; R unchanged. Pulses intact.
BMI 35.9 (obese). DM on NPH.
Plan: thiosulfate on HD days; dressings; pain mgmt; APS updated (not abuse-related).
Daughter to stay with her through June.
"""),
]}

D13 = {"patient_id": "D13", "age": 81, "sex": "M", "notes": [
("2021-10-04", "APS Intake - Ombudsman Referral", """
APS INTAKE - referral from LTC Ombudsman   10-04-2021
Facility: Linden Court Nursing & Rehab
AV: 81 yo M, ESRD (HD Tu-Th-Sat); advanced Parkinson's; prediabetic, A1c 6.1, untreated;
AF on warfarin.
Allegations: neglect (pressure wounds), improper restraint.
Ombudsman reports AV is tied to the bed at night with soft wrist restraints, no order on the
chart, and has a large sacral wound and black heels. Family (daughter, out of state) was not
told. Ombudsman also saw "purple blotches" on both calves, posteriorly.
Priority: 24 hr; state survey agency notified.
"""),
("2021-10-06", "Forensic Nurse Examination", """
FORENSIC NURSE EXAMINATION   Oct 6, 2021   Linden Court rm 118
Consent: POA (daughter) by phone; AV nods.
Body map + 22 photos with scale:
 1. Both wrists/distal forearms: circumferential 1-1.5 cm abrasions and erythema c/w soft
    wrist restraints.
 2. Sacrum: 9 x 7 cm stage 4 pressure injury, bone palpable.
 3. Both heels: unstageable pressure injuries, dry black eschar, 3-4 cm.
 4. Posterior calves bilat: purple net-like patches with small black centres, 3-6 cm;
    not at a pressure point, no device or restraint contact there.
Wt 55 kg, BMI 19.8.
Impression: restraint injuries and severe pressure injuries - neglect concerns; calf
lesions need medical evaluation.
"""),
("2021-10-14", "Dermatology Consult", """
Derm consult   10/14/2021
81M on HD, warfarin for AF, no diabetes (prediabetes only).
Punch bx 10/8 L posterior calf: subcutis with calcified, thrombosed small vessels = calciphylaxis.
Exam: retiform purpura both posterior calves, largest 6 cm on the L, eschar forming.
The bilateral posterior calf lesions are calciphylaxis. The sacral and heel wounds are
pressure injuries and the wrist marks are restraint abrasions - none of these is
calciphylaxis, and no trauma was found at the calves.
Plan: warfarin -> apixaban; STS w/ HD; offload heels; APS/state survey notified.
"""),
]}

D14 = {"patient_id": "D14", "age": 78, "sex": "F", "notes": [
("2024-06-03", "APS Intake Report", """
APS Intake   June 3, 2024
Reporter: PD nurse, Alder Home Dialysis (mandated)
Household: Mr. Walter H. (82, type 1 DM) and Mrs. Edna H. (78, the AV), married, no help.
Concern is mutual neglect. Mr. H gives himself insulin in the thighs and his thighs are
"covered in bruises"; he fell in the bathroom 5/30 and bruised his hip.
Mrs. H is on home PD; she has missed exchanges, bags stacked in the hall. She has a
sore, darkened area of the R thigh. She is not on insulin (diet-controlled diabetes).
Both say they "manage fine."
"""),
("2024-06-05", "APS Home Visit Narrative", """
APS HOME VISIT   6/5/24   CW Dana Whitcombe
Mr. H: thighs with numerous little bruises where he injects; R hip bruise from the 5/30
fall. Referred to his PCP.
Mrs. H (AV): with her consent CW and PD RN viewed her R lateral thigh - hard purple patch
5x4cm with black centre, very painful, started around Memorial Day. Her legs have never
been injected; she denies any fall, bump, heating pad, ice, or tight clothing. No bruises
anywhere on her. PD exit site clean.
Plan: AV agreed to a clinic visit; meal delivery set up; husband to his PCP.
"""),
("2024-06-12", "PD Clinic / Dermatology Joint Note", """
PD clinic with derm   06/12/2024
78F ESRD on CCPD, T2DM by diet alone (no insulin, no pills), no warfarin. BMI 30.0.
Bx 6/7 R lateral thigh: calcific small-vessel disease w/ clot and necrotic fat -> calciphylaxis.
On exam the R lateral thigh plaque measures 6x5cm, central eschar, tender. PD effluent clear.
No trauma at the site; the bruises from insulin shots belong to her husband.
Plan: thiosulfate IV thrice weekly (infusion clinic); more PD clearance; sevelamer; wound care by PD RN.
APS to keep the case open for the couple.
"""),
]}

PATIENTS = [D08, D09, D10, D11, D12, D13, D14]
