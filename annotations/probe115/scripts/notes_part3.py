"""probe115 corpus notes, L15-L20 (long-term care and nursing homes; all invented)."""

L15 = {"patient_id": "L15", "age": 77, "sex": "F", "notes": [
("2019-04-02", "Weekly Wound Rounds", """
L anterior thigh (insulin site - staff have used the L thigh for her lantus for months): 2 cm firm tender violaceous nodule, tiny dark center, no drainage. ESRD on HD MWF, DM2 insulin. BMI 31.5, obese.
?CUA vs injection site reaction. MD notified.
"""),
("2019-04-16", "Physician Note", """
Nodule L thigh bigger, 3 cm, central eschar. Possible calciphylaxis; differential includes panniculitis/abscess. Bx offered - POA (husband) declines any procedure, goals of care now comfort focused.
"""),
("2019-05-07", "Hospice Coordination Note", """
Res enrolled in hospice today. Thigh wound managed w/ comfort dsg only. Etiology never confirmed - suspected calciphylaxis vs other, no bx per family wishes. HD to continue until family meeting next wk.
"""),
]}

L16 = {"patient_id": "L16", "age": 85, "sex": "M", "notes": [
("2025-02-11", "CNA Observation", """
Mr Obi said his rigth heel hurts where the new slippers rub. Saw a black dry spot size of a dime on back of R heel w/ purple around it. Told nurse.
"""),
("2025-02-18", "Podiatry Note (facility visit)", """
R posterior heel: 1.5 cm dry eschar, purpuric halo, pain out of proportion. DP/PT faint. Pt on PD, DM2 on metformin-no insulin... (note: metformin stopped given ESRD - now on linagliptin). Warfarin for AF.
Imp: arterial ulcer vs calciphylaxis, cannot exclude. Rec ABI + vascular referral, offload heel, no tight footwear.
"""),
("2025-03-25", "Physician Quarterly Note", """
Heel ulcer unchanged. Vascular visit cancelled x2 (transport issues), no biopsy done. Etiology remains uncertain, ?calciphylaxis ?PAD. BMI 23.1. Cont offloading, continue warfarin for now.
"""),
]}

L17 = {"patient_id": "L17", "age": 68, "sex": "F", "notes": [
("2018-11-06", "Nurse Note - Subacute", """
Pt on enoxaparin 40mg subq qday into abd since admit 10/29 (post knee replacement). Today noted lacy purple mottling + 2 small dark firm spots on lower abd around injection sites, tender. CKD 4 (no HD/PD). No DM. BMI 38.7.
"""),
("2018-11-09", "Physician Note", """
Abd livedo w/ small dusky nodules at enox sites. Early calciphylaxis a concern (CKD 4, obese, female) vs enoxaparin induced hematoma/skin reaction. Enox stopped, switched to apixaban. Derm consult + bx requested. Never on warfarin.
"""),
("2018-11-20", "Discharge / Transfer Summary", """
Pt moving to her daughter's in Oregon 11/21. Derm bx never obtained - scheduling delays. Abd skin changes persist, diagnosis unclear: possible calciphylaxis, not confirmed. Recommend PCP f/u and derm eval at new location. CKD 4, no HD.
"""),
]}

L18 = {"patient_id": "L18", "age": 73, "sex": "M", "notes": [
("2021-09-07", "Weekly Wound Rounds", """
BLE: shallow ulcers both medial ankles/shins w/ purpuric edges, weepy, brawny skin. HD pt, DM2 on insulin. ?calciphylaxis given ESRD - wound MD to eval. BMI 28.0.
"""),
("2021-09-21", "Wound Physician Note", """
Bx L shin ulcer edge 9/10 - stasis changes only; vessels w/o calcium or clot; VK stain negative. So calciphylaxis is ruled out. Dx: bilat venous stasis ulcers. Compression wraps started, leg elevation.
"""),
("2021-10-19", "Physician Quarterly Note", """
Venous ulcers improving with wraps. Not calciphylaxis (bx). Insulin regimen unchanged. Warfarin for LV thrombus since 2020. HD MWF. BMI 28.0.
"""),
]}

L19 = {"patient_id": "L19", "age": 81, "sex": "F", "notes": [
("2023-05-16", "Physician Quarterly Note", """
81F LTC resident, dementia. Kidneys normal (Cr 0.8, eGFR 74). No diabetes, no anticoag. BMI 26.0.
Fam hx: her brother (HD pt) passed from calciphylaxis in 2009 - daughter asked if she is at risk. Explained risk is very low with her normal kidney fn. Skin exam: small healing skin tear R forearm from w/c armrest last wk, otherwise intact.
"""),
("2023-08-15", "Family Phone Call", """
Daughter called, read about calciphylaxis online after her uncle's death and worried about mom. Reassured: mom has no kidney disease, no skin problems except the old skin tear on her right arm which has healed. Will call with any changes.
"""),
]}

L20 = {"patient_id": "L20", "age": 59, "sex": "M", "notes": [
("2026-03-03", "Dialysis Liaison Note", """
Res HD MWF at Northgate unit. Diabetic (insulin). Coumadin - AF. Obese, BMI 30.2. Counselled on calciphylaxis risk given ESRD + warfarin + obesity: change up where insulin goes, no warm pads / cold packs against skin, tell staff about sore skin spots. Skin intact on full check.
"""),
("2026-04-14", "Physician Quarterly Note", """
Quarterly f/u. Skin clear, no ulcers, no purpura. Should new painful plaques appear, calciphylaxis would need to be considered - low threshold for bx. Continues warfarin, insulin, HD. BMI 30.2.
"""),
]}

PATIENTS = [L15, L16, L17, L18, L19, L20]
