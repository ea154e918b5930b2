"""probe82 corpus notes, B15-B20 (infectious disease consults and OPAT follow-ups; all invented)."""

B15 = {"patient_id": "B15", "age": 61, "sex": "F", "notes": [
("2020-11-09", "Infectious Disease Consult", """
ID CONSULT - ?nec fasc R thigh
61 yo F, morbidly obese, ESRD on HD (L AVF, TTS), T2DM on insulin - injects her Lantus into the R anterior thigh. Not on blood thinners.
R anterior thigh, at her injection area: 7 x 5 cm dusky, indurated plaque with a 2 cm central black patch, livedo at margin, pain out of proportion. Onset ~1 wk.
T 37.6, WBC 11.2, lactate 1.1, CK 90. CT thigh: subcutaneous stranding, no gas, no fascial thickening. Surgery (Dr Petrakis) examined - does not think this is nec fasc, no OR.
Assessment: concern for calciphylaxis vs early necrotizing soft-tissue infection at the insulin site; cannot distinguish clinically.
Plan: vancomycin (HD dosing) + pip-tazo empirically for now, BCx x2, deep incisional bx w/ tissue cx requested.
"""),
("2020-11-13", "ID Progress Note", """
ID f/u
BCx NG x 4d. Abx stopped 11/11 - no sign of infection, WBC 8.
Bx (11/10) = 4mm punch taken only from the middle of the plaque: necrotic epidermis, very little fat in the sample, calcium not identified in any vessel; von Kossa negative on the small fat sample; NOT diagnostic. Tissue cx no growth.
Derm would like a deeper wedge from the edge; pt declines any further biopsy ("one was enough").
Imp: possible calciphylaxis R thigh, unproven.
"""),
("2020-12-14", "ID Telephone Note", """
Call from pt's daughter (pt moved in with her in Tucson 11/25 and transferred HD there).
R thigh sore "about the same, still black centrally", afebrile, no pus. Has an appt with a dermatologist out there in January; no biopsy done since.
Told her calciphylaxis is still on the table and never confirmed here; records faxed to the new nephrologist. ID case closed locally.
"""),
]}

B16 = {"patient_id": "B16", "age": 80, "sex": "M", "notes": [
("2018-03-21", "OPAT Follow-up", """
OPAT - end of therapy visit
Dx: MSSA prosthetic joint infection R knee, s/p DAIR 1/30/18, cefazolin 2 g q8h x 6 wks via L arm PICC (placed 2/1), now stepping down to oral cephalexin suppression. CKD G3b, creat 1.7 / eGFR 38, no dialysis. Warfarin for atrial fib. Nondiabetic. BMI 23.1.
PICC removed today. At the old insertion site L upper arm there is a 2 x 1.5 cm dark purple patch with a thin black crust that appeared ~10 days ago under the dressing; tender; no pus, no cord.
Thoughts: pressure/tape injury vs line-site infection vs early calciphylaxis (warfarin + CKD). Swab sent. R knee incision healed.
Plan: monitor, recheck 2 wks; if no better -> derm bx.
"""),
("2018-04-05", "ID Clinic Follow-up", """
ID clinic
L upper arm lesion now a 2.5 cm shallow ulcer with black base, surrounding retiform purpura, very painful. Swab: no growth.
Derm saw him 4/2: "r/o calciphylaxis, cannot exclude" - recommended punch biopsy. After a long talk he refused the biopsy (fears poor healing on warfarin) and declines a warfarin change.
Assessment: possible calciphylaxis L upper arm vs traumatic ulcer at old PICC site; no diagnosis established.
Plan: wound care, derm f/u offered. Continue cephalexin 500 mg BID for PJI suppression. He'll return to his PCP; ID f/u 3 mo for the knee.
"""),
]}

B17 = {"patient_id": "B17", "age": 57, "sex": "F", "notes": [
("2021-12-28", "Infectious Disease Consult", """
ID consult
57F on CCPD (ESRD from lupus nephritis, no DM, no anticoag), BMI 30.4, admitted with PD peritonitis: effluent WBC 3,400, cx Strep mitis/oralis.
Also painful mottling both calves w/ small dark ulcers, noted by PD nurse 12/20. For night cramps she has strapped cold packs round both calves for the past few months. Cardiac cath via R femoral 11/30 for chest pain (no intervention).
Exam: posterior calves bilaterally - livedo racemosa, three 1 cm ulcers w/ dusky bases R, two L. Toes warm, pulses present.
Imp: 1) Strep peritonitis - IP cefazolin. 2) calf lesions: cannot exclude calciphylaxis; also cholesterol emboli post cath, lupus/APLS vasculopathy, cold injury.
Recs: IP cefazolin 15 mg/kg daily in long dwell x 2 wks. Derm to see. ANA/APLA panel, eos.
"""),
("2022-01-05", "ID Progress Note", """
ID progress
Peritonitis: day 3 effluent WBC 60. Continue IP cefazolin to 1/10.
Calves: derm (Dr Okonjo) - "differential remains calciphylaxis vs cholesterol emboli vs antiphospholipid vasculopathy; biopsy advised". APLA neg x1, eos 4%. Pt wants to go home first, bx to be scheduled outpatient. Ice packs stopped.
"""),
("2022-02-14", "ID Clinic Note", """
ID clinic / chart review
Peritonitis cured, no relapse. Pt has opted for hospice care at home (progressive heart failure) and has stopped PD. Outpatient bx was never done.
Calf ulcers per hospice RN: unchanged, painful. Possible calciphylaxis remains an unconfirmed consideration; no further workup per pt's goals.
BMI 30.4 at last weight.
ID signing off.
"""),
]}

B18 = {"patient_id": "B18", "age": 68, "sex": "M", "notes": [
("2024-05-03", "Infectious Disease Consult", """
ID Consult - Pseudomonas bacteremia + necrotic thigh lesion
68M ESRD, dialyzing through a R IJ permcath, T2DM on insulin, LV thrombus on warfarin (INR 3.1), BMI 25.5. Admitted w/ fevers to 39.4 at HD, BCx 2/2 P. aeruginosa (pan-S).
Exam: L anterolateral thigh - 3 cm round necrotic ulcer w/ black center and erythematous halo, appeared 2 days ago, plus two 5 mm hemorrhagic vesicles nearby.
Primary team queried "?calciphylaxis (warfarin + ESRD)".
A/P: PsA CLABSI; skin lesion looks more like ecthyma gangrenosum than calciphylaxis but need bx w/ tissue cx. Cefepime 2 g after HD + line removal. Echo.
"""),
("2024-05-08", "ID Progress Note", """
ID progress
Bx L thigh ulcer (5/4): necrotizing vasculitis-like picture with abundant gram-negative rods in the vessel walls and dermis, vessels free of calcium (VK stain negative). Tissue cx: P. aeruginosa.
Dx: ecthyma gangrenosum with Pseudomonas. Calciphylaxis ruled out.
Permcath removed 5/4, tip PsA. BCx 5/6 NG. New line 5/9 after 72 h neg.
Plan cefepime x 14 days from first neg cx, at HD.
"""),
("2024-05-29", "OPAT Follow-up", """
OPAT
Cefepime complete 5/20. No neurotoxicity.
L thigh ulcer granulating, 2 cm, no halo. Not calciphylaxis (bx 5/4).
Warfarin continued, INR 2.6. Discharge from OPAT.
"""),
]}

B19 = {"patient_id": "B19", "age": 50, "sex": "F", "notes": [
("2025-06-10", "OPAT Intake Visit", """
OPAT intake
Dx: R great toe osteomyelitis under a plantar diabetic foot ulcer, bone cx Strep agalactiae + MSSA. Abx: ceftriaxone 2 g IV daily x 6 wk via R basilic PICC placed 6/6/25.
PMH: type 1 diabetic since childhood (age 9), insulin pump (abdominal sets), peripheral neuropathy, normal kidney function (Cr 0.7). No anticoagulants. BMI 22.8.
Social: she is very anxious because her mother, a dialysis patient, passed away in 2019 "from calciphylaxis" with black sores on her legs; asks if the antibiotics or the line could give her the same thing.
Exam: PICC site clean. Skin: no purpura, livedo or necrotic plaques anywhere; plantar R hallux ulcer 1 cm, clean base.
Counseled: calciphylaxis occurs almost entirely in people on dialysis; no sign of it in her.
"""),
("2025-07-15", "OPAT Follow-up", """
OPAT week 5
Ceftriaxone tolerated, LFTs normal. ESR 44 -> 21.
Hallux ulcer 0.4 cm, probe-to-bone negative now. Offloading boot in use.
Skin survey again unremarkable, no concern for calciphylaxis.
Plan: finish 7/18, pull PICC, podiatry f/u. Pump sites rotated per her routine.
"""),
]}

B20 = {"patient_id": "B20", "age": 47, "sex": "M", "notes": [
("2023-03-02", "Infectious Disease Consult", """
Infectious Disease consult
47 yo M, CKD5, eGFR 9, pre-dialysis - PD catheter placement being scheduled. No DM, no anticoagulation. BMI 28.4.
GBS bacteremia w/ L sternoclavicular septic arthritis; I&D 2/28 by thoracic surgery, cx GBS. TTE neg.
Recs: cefazolin 2 g IV q12h (renal dosing) x 4 wks from 2/28. Vein preservation - midline in the R arm OK per nephrology, no PICC.
Skin otherwise intact; no lesions.
"""),
("2023-03-16", "OPAT Follow-up", """
OPAT visit
Cefazolin via R arm midline, day 16. Sternoclavicular wound closing, small serous drainage. CRP 4.2 from 19.
Nephrology note reviewed: PD catheter placement 3/20.
Pt asked what skin problems kidney patients get. Explained: people on dialysis can rarely develop calciphylaxis, painful dark skin sores, more often where the skin is injured - so he ought not to put heat pads or ice directly on his skin, and should tell us early about a sore new spot. If a new painful ulcer appears, we would want a biopsy.
No evidence of calciphylaxis.
"""),
("2023-04-27", "ID Clinic Follow-up", """
ID clinic - end of therapy check
Completed cefazolin 3/28, midline out. SC joint: wound healed, full ROM.
Now on PD (CCPD started 4/10 after catheter break-in), exit site clean.
Skin: no lesions. BMI 28.4.
Discharged from ID clinic.
"""),
]}

PATIENTS = [B15, B16, B17, B18, B19, B20]
