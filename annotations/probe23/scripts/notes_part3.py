"""probe23 corpus notes, Q15-Q20 (skilled nursing and long-term care; all invented)."""

Q15 = {"patient_id": "Q15", "age": 88, "sex": "F", "notes": [
("2018-03-12", "Weekly Skin Assessment", """
WEEKLY SKIN -- Birchwood Manor, East wing
88F, LTC resident. CKD stage 4 (not a dialysis candidate per family wishes), AF on warfarin, DM2 on glipizide. Wt 48 kg, BMI 19.8. Braden 13.
L lateral ankle (over lat malleolus): 2 x 1.8 cm area of dry black necrosis, violet halo, painful. Res knocked this ankle on the w/c footrest on 3/1 (bruise charted that day); the black area showed up about 4 days ago.
R ankle, heels, sacrum: intact.
Heel/ankle offloading boot applied L, footrest padded. NP to see.
"""),
("2018-03-20", "Nurse Practitioner Note", """
NP visit -- L ankle wound
Exam: 2.3 x 2.1 cm eschar, black, over L lateral malleolus, surrounding violaceous mottling, cool foot, DP faint, PT not palpable. ABI L 0.58.
A: arterial ulcer after minor trauma most likely; calciphylaxis is on the differential given warfarin and CKD 4 -- cannot exclude without tissue.
P: vascular and derm opinions offered; discussed bx w/ daughter (POA). Continue betadine to eschar, offload.
"""),
("2018-04-03", "IDT / Hospice Coordination Note", """
IDT note -- res now enrolled in hospice
Daughter declines biopsy and vascular workup: "she has been through enough". Goal is comfort.
L ankle: unchanged eschar 2.3 x 2. Working dx remains ischemic ulcer vs possible calciphylaxis; no further testing planned.
Warfarin stopped per hospice MD. Pain: morphine SL prn. Skin care for comfort only.
"""),
]}

Q16 = {"patient_id": "Q16", "age": 67, "sex": "M", "notes": [
("2024-09-09", "Wound Nurse Note", """
Wound RN -- called by floor nurse
67M, HD pt (T/Th/S), insulin-dependent DM2 (glargine + aspart), BMI 30.2. Eliquis, never warfarin.
Abdomen R of umbilicus, his usual insulin area (he self-injects, won't rotate): three firm tender nodules 1-2 cm, the largest with a dusky violaceous center and faint lacy pattern around it. No eschar, no drainage. Started maybe 2 weeks ago per res.
?lipohypertrophy w/ bleeding into it vs early CUA. Concern enough to ask NP for derm.
Educated res to use L side / arms for insulin until seen.
"""),
("2024-09-16", "Nurse Practitioner Note", """
NP progress note
R periumbilical nodules at insulin sites, 1 now with small purple-black center 4 mm. Painful 6/10.
Differential: injection-site hematoma in lipohypertrophy, panniculitis, possible early calciphylaxis (ESRD, Ca x P 61). 
Plan: derm bx scheduled 9/30 at Clearview Dermatology. Hold insulin into R abdomen. Pain: acetaminophen.
"""),
("2024-09-27", "SNF Discharge Summary", """
DISCHARGE SUMMARY -- skilled stay 8/19/24 - 9/27/24
Res discharged today to his son's home in Harlan County against facility advice; declined to wait for the 9/30 derm appointment. Appointment cancelled by res.
Open issue at d/c: R periumbilical nodules at insulin sites, etiology not established -- calciphylaxis remains possible, biopsy never done. Son given derm clinic number and wound care instructions.
Dialysis transferred to Pineview Kidney Center.
"""),
]}

Q17 = {"patient_id": "Q17", "age": 59, "sex": "F", "notes": [
("2019-11-04", "Admission Skin Assessment", """
ADMISSION SKIN ASSESSMENT
59F. ESRD -- peritoneal dialysis (manual CAPD, 4 exchanges, self-performs). No diabetes. Obese (wt 104 kg, not measured for ht yet). Meds incl sevelamer, cinacalcet, no anticoagulants.
Both anterior thighs: reticulated brown-purple lacy pattern, patchy, non-tender. Res says she has slept with her own heating pad across her thighs "every night for years"; it came in with her belongings -- sent home with husband per policy.
L anterior thigh: one 1.5 cm firm tender pink-violet nodule in the mottled area.
Sacrum, heels intact. Braden 19.
"""),
("2019-11-18", "Dermatology Consult", """
DERM
Thighs: reticulate hyperpigmentation typical of erythema ab igne (heating pad). L anterior thigh: tender violaceous nodule, now 2 cm with a central dusky spot.
Ddx for nodule: early calciphylaxis vs panniculitis vs a thermal burn. PD pt -> calciphylaxis can't be excluded.
Punch bx (4 mm) L thigh today.
"""),
("2019-12-02", "Dermatology Follow-up", """
Derm f/u
Path: lobular panniculitis, no vascular calcification in the sample, von Kossa neg. Nondiagnostic -- small sample may have missed deeper vessels.
Nodule unchanged, no ulcer. Still suspect calciphylaxis could be evolving; advised deeper incisional bx. Pt declines further procedures for now.
She is moving to a facility near her daughter in Ohio 12/9; records sent, recommended their derm repeat the workup if the nodule ulcerates.
"""),
]}

Q18 = {"patient_id": "Q18", "age": 73, "sex": "M", "notes": [
("2023-08-07", "Wound Nurse Weekly Note", """
WEEKLY WOUND
73M, ESRD on HD, type 2 diabetic on sitagliptin (renally dosed), BMI 23.0. Spends 10+ hrs/day in his recliner.
R buttock over ischial tuberosity: 6 x 5 cm maroon, non-blanchable, boggy area, now w/ a 2 cm black center. Pain moderate.
Ddx: deep tissue pressure injury evolving vs calciphylaxis (HD pt). Wound MD to see 8/14, bx if needed.
Offload: recliner time limited to 1 hr, ROHO cushion, turn q2h.
"""),
("2023-08-21", "Wound Physician Note", """
WOUND MD
R ischial wound: now unstageable, full eschar 5.5 x 4.8 cm, soft, boggy margins, over the bony prominence; matches his recliner sitting posture.
Punch bx at margin 8/14: pressure-type ischemic necrosis, NO vascular or subcutaneous calcification, von Kossa negative.
Assessment: unstageable pressure injury R ischium. Calciphylaxis ruled out by histology and distribution.
Plan: enzymatic debridement w/ collagenase, offloading, nutrition consult.
"""),
("2023-09-05", "Care Plan Update", """
CARE PLAN UPDATE
Problem: unstageable PI R ischium (facility acquired) -- calciphylaxis excluded 8/21.
Interventions: seating eval by OT, recliner limits, ROHO cushion, q2h turns, protein supplement BID.
Glycemia: A1c 9.4 -> insulin glargine 10 units qHS started 8/30, fingersticks AC/HS.
Braden 14.
"""),
]}

Q19 = {"patient_id": "Q19", "age": 81, "sex": "F", "notes": [
("2025-06-02", "Admission Skin Assessment", """
ADMIT SKIN ASSESSMENT
81F, rehab after L wrist fx (cast L forearm). CKD stage 3a (Cr 1.4), no dialysis. No diabetes. No anticoag. Ht 165, Wt 73.5, BMI 27.0.
L heel: stage 2 pressure injury POA, 1 x 1 cm, intact blister roof partially off, pink base.
Rest of skin intact. Braden 15.
Res anxious about her skin: her older brother was a dialysis pt and his death in 2019 was from calciphylaxis per family; she wants to know if she could get it too.
"""),
("2025-06-16", "Nurse Practitioner Note", """
NP note
Reviewed heel wound: healing, now 0.5 x 0.4 cm. Nothing new anywhere; no purpura, no nodules.
Reassured res: her kidney function is only mildly reduced, she is not on dialysis, and her skin shows nothing that looks like calciphylaxis.
Continue heel offloading, follow CKD labs q3 months.
"""),
]}

Q20 = {"patient_id": "Q20", "age": 66, "sex": "M", "notes": [
("2018-07-09", "Care Plan Entry", """
CARE PLAN -- Skin integrity
Focus: At risk for calciphylaxis r/t ESRD on HD, warfarin (mech AVR), DM2 on insulin.
Goal: skin remains intact through next quarterly review.
Interventions:
 - rotate insulin injection sites each dose, document site on MAR
 - no heating pads, ice packs or hot soaks
 - notify NP at once if a painful purple or black area develops
 - weekly skin check by licensed nurse
Wt 95.5 kg, BMI 29.9 (overweight).
"""),
("2018-07-23", "Nursing Progress Note", """
0930 Skin tear R forearm (dorsal) during stand-pivot transfer, caught on w/c brake. 3 x 1 cm, Cat 1 (flap intact). Cleansed, flap re-approximated, silicone contact layer + rolled gauze. INR 2.6 this AM.
Res calm, pain 2/10. NP aware.
"""),
("2018-08-06", "Weekly Skin Assessment", """
Weekly skin: R forearm tear healed w/ faint pink line. Abdomen and thighs (insulin sites) without nodules or bruising. No painful purple areas anywhere.
Braden 18. Continue current plan.
"""),
]}

PATIENTS = [Q15, Q16, Q17, Q18, Q19, Q20]
