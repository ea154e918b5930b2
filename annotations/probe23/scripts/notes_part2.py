"""probe23 corpus notes, Q08-Q14 (skilled nursing and long-term care; all invented)."""

Q08 = {"patient_id": "Q08", "age": 72, "sex": "M", "notes": [
("2025-01-20", "Nursing Note - Skin Tear", """
1345 Skin tear R posterior shoulder during 2-assist transfer bed -> w/c, his shoulder caught the corner of the headboard. Skin Tear Category 2 (partial flap loss), 2.6 x 1.4cm, bleeding controlled w/ pressure.
Cleansed w/ NS, flap eased back into place w/ moist cotton tip, covered w/ silicone mesh + dry gauze, arrow drawn on dressing showing direction of removal.
FYI he is on moist hot packs to the R shoulder 20 min before PT every day (started 1/3/25) for frozen shoulder; PT told to place packs below the tear until healed.
ESRD; dialysis Tues/Thurs/Sat through a R chest permcath. No anticoagulant. NP + son informed.
"""),
("2025-03-04", "Wound Nurse Note", """
R SHOULDER (posterior-superior)
Skin tear from 1/20 closed by 2/5 check. Res says a new deep burning pain began in that same spot in February; son noticed the skin going purple around mid Feb, staff thought it was a new bruise.
Today: 5.5 x 4 cm area of indurated retiform purpura w/ 2 cm central black eschar, directly over the area where the hot packs went on and where the tear was. Exquisite pain, grimacing w/ sleeve changes. No fluctuance.
PT hot packs stopped as of today.
ESRD, high phos (7.8) -> calciphylaxis needs to be excluded. Derm referral + NP. Mepilex border, change q3d.
"""),
("2025-03-18", "Dermatology Consult", """
Derm -- facility visit
72M, HD. Prediabetes only (A1c 6.2, never given a DM dx, no meds). No warfarin. BMI 26.8.
R posterior shoulder: retiform purpuric plaque with eschar, now 6 x 4.5 cm.
Bx 3/11 from periphery: small arterioles in the subcutis are calcified (medial layer) and thrombosed, with panniculitis. Consistent with calciphylaxis.
Localized to the site of repeated thermal exposure (hot packs since early Jan) and of the 1/20 skin tear -- both preceded the February onset.
Plan: STS at HD, no heat of any kind to skin, pain per palliative.
"""),
]}

Q09 = {"patient_id": "Q09", "age": 64, "sex": "M", "notes": [
("2025-03-03", "Nursing Progress Note", """
Night shift 0215: res rang bell x4 about pain in L leg, "like a dog bit me". L lateral thigh, mid: firm, warm, purplish patch the size of a palm w/ small dark center. Pedal pulses palpable. Tylenol given w/ little relief; NP on call aware, will f/u day shift.
Note: his insulin (glargine + lispro) has only ever gone into the R lateral thigh, at his insistence -- he will not let staff near the L leg since his L hip replacement in 2011.
"""),
("2025-03-10", "Wound Nurse Note", """
Wound nsg -- L lateral thigh
64M ESRD, goes out for HD on Monday/Wednesday/Friday (L upper arm graft), insulin-treated DM2, obesity - BMI 37.9.
Lesion: plaque, indurated, 6.2 by 5.1 cm, violaceous w/ livedoid edges, central eschar 2.1 x 1.4, scant serosang at one edge. Skin over old hip incision (higher up, over the trochanter) is intact and unrelated.
Confirmed w/ MAR + the res: all injections R thigh only since admission in 2023, never the L. No heat pads, no falls, no bumps recalled.
R thigh: scattered tiny bruises from needle sticks, no plaque, no tenderness.
Plan: derm asked for bx; hydrogel + foam; offload w/ pillow when side-lying.
"""),
("2025-03-18", "Dermatology Consult", """
Dermatology
L lateral thigh: retiform purpura w/ eschar. 4 mm punch 3/12: calcium deposition in dermal and subcut vessels, thrombosis, fat necrosis => calciphylaxis, biopsy proven.
Of note the R thigh, his only injection site for years, is spared entirely. No local trauma to the L thigh identified.
Recs: STS with dialysis, lower calcium bath, cinacalcet. Keep injecting R thigh? -> would rather move insulin to abdomen, discussed, he agrees.
"""),
]}

Q10 = {"patient_id": "Q10", "age": 80, "sex": "F", "notes": [
("2019-05-06", "Weekly Skin Assessment", """
WEEKLY SKIN ASSESSMENT (Monday)
Head/neck: intact | Chest/abd: intact | Back/sacrum: intact; the coccyx redness from April resolved | Arms: senile purpura both forearms, chronic, on Coumadin | Legs: ** NEW ** L anterior shin, middle third, 2.4 x 1.9 cm, firm and violaceous area w/ faint net pattern, skin intact, very painful to touch -- first documented by night nurse 5/2/19 | Feet/heels: intact
Res and daughter deny any bump, fall, scrape or anything put on the leg. No injections given in legs.
Braden 17. Diet-controlled DM2 (no meds), ESRD - HD T/Th/Sat. BMI 22.0.
NP notified, to see Wed.
"""),
("2019-05-21", "Incident Note", """
INCIDENT -- yesterday 5/20 approx 1900, res propelling her w/c in the hallway, L shin struck the footplate of another resident's w/c.
Found: 1 cm skin tear just below the existing L shin wound; existing dressing displaced, no new bleeding from that wound.
Existing L shin lesion now 3.7 x 2.9 cm with black center (progressed since 5/6 assessment).
Skin tear: steri-strips, nonadherent dressing. Hallway traffic flow discussed at huddle. Derm appt 5/29 stands.
"""),
("2019-06-03", "Dermatology Note", """
Dermatology follow-up
80F on HD, AF on warfarin.
L shin lesion was punched 5/29: calcium in subcutaneous arteriolar walls, thrombi, fat necrosis. Dx: calciphylaxis.
The lesion was first seen 5/2; the wheelchair footplate knock on 5/20 came almost 3 weeks later and only caused a small tear below it. No injury before onset could be identified by pt, family or staff.
Plan: stop warfarin -> apixaban (cards ok'd), STS w/ HD, wound care, no compression.
"""),
]}

Q11 = {"patient_id": "Q11", "age": 58, "sex": "M", "notes": [
("2022-01-11", "Wound Nurse Note", """
WOUND CONSULT -- new
58M, morbid obesity (BMI 44.1), ESRD (HD 3x weekly), DM2 - glipizide (no insulin). Ambulatory w/ walker, no VTE shots.
R lower pannus, just above the inguinal fold: 5 x 4 cm woody purple plaque, 2 cm black eschar in center, lacy livedo spreading toward the flank. Res noticed it about a week ago when drying off after shower; says nothing hit it, no belt or binder, never had shots in his belly.
Fold moisture: mild maceration under pannus on L only, intertrigo, unrelated.
Suspect calciphylaxis. NP called, derm bx requested STAT. Foam dressing for now.
"""),
("2022-01-19", "Dermatology Consult", """
Derm consult
Punch bx of R pannus plaque taken 1/12: small vessel calcification with thrombi and surrounding lobular panniculitis/necrosis. Von Kossa +.
Diagnosis: calciphylaxis of the R lower abdominal pannus. No preceding local trauma elicited.
Plan: STS 25 g each HD, stop calcium-based binder, wound MD to weigh in on debridement, pain control (hydromorphone low dose), pannus support sling discussed for hygiene.
"""),
("2022-02-02", "Wound Nurse Weekly Note", """
Weekly wound note -- R pannus calciphylaxis wound
Sharp debridement of loose eschar by wound MD 1/26 at bedside, tolerated w/ premed. Wound now 5.6 x 4.3 x 0.5cm, 60% red granulation / 40% adherent black.
Found out CNA on evenings had been laying an ice pack on the dressing for pain since ~1/20 -- stopped, staff re-educated (no ice/heat on calciphylaxis wounds).
Periwound: mild skin stripping from the Hypafix tape on the upper edge -> changed to a silicone border dressing.
Biopsy site at the lateral edge healed.
Continue Santyl to the remaining eschar, daily. Re-measure next week.
"""),
]}

Q12 = {"patient_id": "Q12", "age": 75, "sex": "F", "notes": [
("2020-02-10", "Admission Skin Assessment", """
ADMISSION -- Riverside Commons LTC
75F readmitted from Mercy General after pneumonia. ESRD, in-center HD (T-Th-S). No diabetes. Hx PE 2016 - had warfarin x 6 mo, done. Current VTE ppx: enoxaparin 30 mg SC daily, given in abdomen.
Ht 162.5 Wt 83.2 BMI 31.5
Braden 12 (high risk)
Skin:
  Sacrum -- Stage 2 pressure injury POA, 1.5 x 1.0 cm, pink, shallow, no slough
  Abdomen -- few small old bruises at injection spots
  Both thighs, legs, heels -- intact
Orders: LAL mattress; reposition every 2 hrs; foam to sacrum q3d, barrier cream, dietitian consult.
"""),
("2020-03-02", "Wound Nurse Weekly Note", """
WOUND ROUNDS
#1 Sacrum stage 2 PI: 1.1x0.7 cm, improving.
#2 Abdomen: 4 soft ecchymoses 2-4 cm around the enoxaparin sites, nontender, no induration -> typical injection bruising.
#3 NEW -- bilateral medial thighs: painful retiform purpura with small necrotic centers, R 4 x 3 cm and L 3 x 3 cm. First seen 2/27 by CNA. No injections or devices on the thighs.
HD pt, serum calcium 10.2 w/ phosphorus of 6.9 -> I am concerned about calciphylaxis for #3. MD & derm notified.
"""),
("2020-03-12", "Dermatology Consult", """
DERMATOLOGY
Reason: thigh lesions in HD patient
Exam: medial thighs both sides, stellate purpura with black eschar. Abdomen: resolving yellow-purple bruises at enoxaparin sites, soft, no purpura or necrosis. Sacrum: healing superficial PI.
Bx L medial thigh (3/5): calciphylaxis (vessel wall calcium, thrombi, necrotic fat lobules).
Impression: calciphylaxis of both medial thighs. The abdominal bruises are ordinary injection hematomas, and the sacral wound is pressure-related; neither is calciphylaxis.
Plan: stop enoxaparin (now ambulating), STS via HD, wound care to thighs.
"""),
("2020-03-25", "Care Plan Entry", """
Care plan -- skin
Focus: calciphylaxis, medial thighs R and L (dx 3/12/20). Sacral stage 2 PI healed 3/20.
Goals: comfort; wounds stable/dry; no new skin breakdown.
Approaches: wound tx per orders; pain assessed q shift & prn; no ice or heat to skin; reposition q2h; loose clothing; dietitian for protein; notify NP of any new purple painful areas.
"""),
]}

Q13 = {"patient_id": "Q13", "age": 70, "sex": "M", "notes": [
("2023-05-08", "Nursing Admission Assessment", """
ADMIT NOTE -- short stay unit
70M admitted from University Hosp after 9-day stay for painful L calf ulcer; inpatient punch bx 4/28/23 showed calciphylaxis.
PMH: ESKD on home PD (CCPD, wife does setups), DM2 on insulin pen (abdomen, self-injects), HTN, BPH. Not on blood thinners.
Wound: L posterior calf 4.1 x 3.4 cm, eschar w/ purple border, pain 7/10 on oxycodone. Per pt it began "early April" as a tender lump.
Pt and wife deny any injury to the leg, heating pad, ice, tight socks or shots there.
Ht 180 cm, Wt 93.6 kg, BMI 28.9
Braden 18. Skin otherwise intact.
"""),
("2023-05-15", "Wound Nurse Weekly Note", """
L calf calciphylaxis ulcer: 4.2 x 3.5 cm, eschar stable, dry, no drainage, no erythema spreading.
Hosp d/c instructions said to consider Unna boot -- NOT started: compression not appropriate for calciphylaxis, discussed w/ NP. Will avoid any compression wraps to LLE.
If SQ heparin is ever ordered, do not inject legs.
Plan unchanged: betadine to eschar, dry gauze, leg elevated on pillows, not on the heel.
"""),
("2023-05-30", "Interdisciplinary Care Conference", """
IDT CARE CONFERENCE
Attendees: res, wife, SW, nursing, wound RN, PT, NP, dietitian
- Wound: L calf calciphylaxis, slight decrease in size (3.9 x 3.3).
- Renal: PD team adding STS IV 3x/week via PICC? -> nephrology prefers to transition to HD for this; res & wife want to stay on PD for now.
- Pain: better, 4/10.
- DC plan: home w/ wife 6/12 if stable, home health wound care.
- Education: heating pad and ice never go on his legs, keep insulin shots in belly, check skin daily.
"""),
]}

Q14 = {"patient_id": "Q14", "age": 62, "sex": "F", "notes": [
("2021-01-19", "SNF Rehab Admission", """
REHAB ADMISSION
62F s/p R total knee arthroplasty 1/12/21 at Northgate Ortho. Incision anterior R knee w/ staples, dry, approximated. Hinged R knee brace on at all times when OOB per ortho.
PMH: ESRD - dialysis Mon/Wed/Fri, L AVF. Insulin-requiring DM2 (NPH twice daily into abdomen), obesity -- BMI 33.0, OSA on CPAP. No warfarin; VTE ppx is apixaban x 30 days.
Braden 16. Skin: intact other than incision. Heels floated.
"""),
("2021-04-06", "Wound Nurse Note", """
NEW -- R posterior thigh, mid-thigh (roughly one palm-breadth up from the popliteal crease): 3.4 x 3.1 cm purple-black indurated plaque, stellate, very tender, livedo around. Res says it started at the end of March.
R knee: incision healed, staples out 1/26. Brace d/c'd by ortho 3/1. No skin damage under the old brace area.
Insulin: abdomen only per MAR. Denies heat, falls or rubbing on the back of the thigh; sits on a gel cushion.
HD pt -> calciphylaxis concern. Derm referral placed.
"""),
("2021-04-20", "Dermatology Consult", """
Derm consult
R posterior thigh plaque, bx 4/13 -> calciphylaxis (vascular calcification + thrombosis in subcutis).
No trauma at the thigh found. The recent knee surgery and brace were lower down, at the knee, which is clear.
Counselled: avoid heating pads or ice on thighs and legs; do not let anyone inject into the thighs.
Plan: STS at HD, wound care, pain mgmt.
"""),
]}

PATIENTS = [Q08, Q09, Q10, Q11, Q12, Q13, Q14]
