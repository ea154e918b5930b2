"""probe179 corpus notes, E15-E20 (chiropractic, massage and modality clinics, and the physicians
around them; every person, place and sentence invented)."""

E15 = {"patient_id": "E15", "age": 67, "sex": "F", "notes": [
("2025-01-21", "Massage Therapy Session Note", """
SAGEBROOK SPA & BODYWORK - therapist note
LMT: Priya Castellanos-Hune        75 min hot stone massage

Intake: home PD (cycler at night), type 2 diabetes on insulin, HTN. Obese - says her
doctor wrote BMI 36.8. No anticoagulants. Cleared by client; no MD letter on file.
Session: prone. Basalt stones heated to 125 F in the roaster; placement stones along the
spine and one large stone resting on the L lower back while I worked the legs. Client
said at about 10 min that the L lower back stone "felt too hot" - removed at once. Skin
there: 6 x 5 cm bright pink patch, no blister. Cool damp towel 5 min, faded to light pink.
Remainder of session: no stones, Swedish only. Abdomen avoided (PD catheter).
Plan: Report filed with spa manager. Recheck skin at next visit. Stone temp policy
reviewed with staff - max 120 F for clients with diabetes.
"""),
("2025-02-11", "Primary Care Office Visit", """
Brookhollow Family Medicine - office visit       Dr. Nadia Whitcombe-Oyo

67F. PD for ESRD; DM2 needing insulin; obese (BMI 36.5 today).
CC: sore lump on the L lower back since early February, in the spot where a hot stone
burned her at a spa in January.
Exam: L lower back, paraspinal: 3x2.5cm firm, tender, dusky violaceous nodule with
faint net-like mottling around it; no blister, no open skin. No warmth or fluctuance.
A: Painful nodule at site of prior thermal injury. DDx: late thermal injury / fat
necrosis vs panniculitis vs early calciphylaxis (PD pt, on calcium carbonate).
P: Offered punch biopsy here - she declines for now, afraid of ending up with a nonhealing hole.
Derm referral. Message to PD nephrologist. Heat and massage to the area: none.
"""),
("2025-03-04", "PD Clinic Note", """
Riverside Home Dialysis - PD clinic

67F, CCPD, DM2 on insulin. L lower back nodule (since early Feb) now 3.5cm, thin
dark crust centrally, still very tender. Derm saw her 2/24: ?calciphylaxis, cannot
exclude it clinically; recommended incisional biopsy - pt declined again.
Labs: iPTH 720; albumin 3.1; phosphorus 6.7; total calcium 9.9.
Plan: Switch calcium carbonate -> sevelamer. Low-Ca PD solution. Pt is relocating next
week to live near her daughter out of state; records and a summary sent to the receiving PD
unit with a recommendation to biopsy if the lesion progresses. BMI 36.8.
"""),
]}

E16 = {"patient_id": "E16", "age": 70, "sex": "M", "notes": [
("2016-04-12", "Chiropractic Treatment Note", """
Tidewater Chiropractic Health - treatment note     Dr. Callum Ferreira-Voss, DC

S: R neck-shoulder ache, 6/10, "tight cord on top of my shoulder".
PMH: on dialysis (HD) for kidney failure, atrial fibrillation - warfarin, INR 2.4 last wk.
No diabetes. BMI 23.4.
O: Taut band and jump sign R upper trapezius, referral to R temple. C-spine rot R 55.
Tx: Dry needling R upper trapezius, 3 insertions, 30 g x 30 mm filiform needles, pistoning,
3 LTRs. Pressure held 2 min per site (anticoag). Cervical mobilization grade III.
Post: tolerated; mild post-needling soreness expected 24-48 h.
P: Reassess 1 wk; may repeat dry needling.
"""),
("2016-05-03", "Primary Care Note", """
Seaholm Internal Medicine

70M. Kidney failure on HD thrice weekly; AF anticoagulated with warfarin; HTN.
CC: painful, hard, purple patch over the crest of his R shoulder, ~10 days.
Had dry needling by his chiropractor to the R upper trapezius in April.
Exam: R supraclavicular / upper trapezius area: 5x4cm indurated violaceous plaque,
retiform edge, exquisitely tender; no fluctuance, no warmth. No other skin lesions.
INR 3.1 today.
A: Indurated painful plaque, R shoulder. Post-needling hematoma on warfarin vs cellulitis
vs calciphylaxis - concerning given ESRD.
P: Biopsy through dermatology. No more needling for now. Cephalexin x 7 d empirically.
"""),
("2016-05-24", "Dermatology Note", """
Dermatology - Seaholm Skin

70M HD pt on warfarin. Punch bx R shoulder plaque (5/10): blood in the dermis and a
little necrotic fat; the specimen barely reaches the subcutis and shows no calcified
vessels - nondiagnostic. Calciphylaxis cannot be excluded.
Exam: plaque smaller, 4x3cm, softer and less tender, no necrosis.
A deeper incisional sample was advised; he says no - leaving to spend summer at his son's in
another state. Advised to see derm there if it worsens.
Impression: possible calciphylaxis vs resolving hematoma. Cardiology asked to review
warfarin.
"""),
]}

E17 = {"patient_id": "E17", "age": 81, "sex": "F", "notes": [
("2026-02-10", "Physical Modalities Clinic Note", """
ELMHURST CHIROPRACTIC & PHYSICAL MEDICINE - modality treatment record
Tech: Odile Fairbanks, under supervision of Dr. Jonah Abernethy-Sato, DC

Dx: OA R knee, medial compartment.
Modalities (visit 6, 2x/wk since January):
- Continuous ultrasound 1 MHz, 1.0 W/cm2, 8 min, R medial knee
- Shortwave diathermy, drum applicator over the R knee, 20 min, towel layer
- Grade II tibiofemoral mobs
Skin check after: warm, mild pink, intact.
PMH: kidney failure, not on dialysis; diabetes (linagliptin); HTN. BMI 28.0.
Pt reports knee pain 5/10, down from 7. Plan: continue 2x/wk for 4 more wks.
"""),
("2026-03-17", "Nephrology Conservative Care Clinic Note", """
Kidney Supportive Care Clinic

81F with ESRD - CKD stage 5, eGFR 9 - who chose comprehensive conservative care rather than dialysis;
decision revisited and confirmed today. DM2 on linagliptin. BMI 28.0.
New: ~3 wks of painful mottling and 2 firm tender nodules around the R knee, where her
chiropractor's office has been giving heat/ultrasound treatments since January.
Exam: R knee, medial and anterior: livedo reticularis-like net 10cm across, two 1.5cm
violaceous subcutaneous nodules; skin unbroken.
Labs: PTH 410, PO4 6.2, Ca 9.6.
A: Possible early calciphylaxis vs heat-related livedo / panniculitis.
P: Stop heat modalities. Offered biopsy - declines; "I don't want more holes in me."
Stop calcium carbonate. Recheck 3 wks.
"""),
("2026-04-02", "Hospice Admission Note", """
HOSPICE OF THE NORTH VALLEY - admission nursing and MD note

81F admitted to home hospice: ESRD, no dialysis by her own choice, with falling oral
intake and 6 kg weight loss in 2 months. DM2. Daughter is primary caregiver.
Skin: R knee shows the same purple net-like mottling and two firm tender nodules that
nephrology described in March; no open areas, no drainage. Nephrology had raised the
question of calciphylaxis; it was never biopsied, and she and her family want no
further tests.
Plan: Comfort-focused care. Morphine oral solution 2.5 mg q2h prn for knee pain.
Pressure-relief mattress, pillow off-loading under the R knee. Skin checks each visit.
No heat, ultrasound or other modalities to the knee.
"""),
]}

E18 = {"patient_id": "E18", "age": 57, "sex": "F", "notes": [
("2022-10-18", "Massage Therapy Session Note", """
Harborline Massage Therapy - SOAP        LMT: Greer Nakagawa-Roth

Client: regular monthly, hemodialysis pt (fistula R arm - no pressure on that arm).
Not diabetic, no anticoagulant. BMI 31.0 on her intake.
S: Low back and shoulders tight. Says new "red-purple freckles" on both shins since
this past weekend, not sore, a little itchy.
O: Both lower legs, anterior: dozens of 2-5 mm raised purple dots, some merging. Did not
massage the legs.
A: New rash both lower legs - outside my scope.
P: Back/shoulders/neck, moderate pressure, 50 min. Advised her to see her doctor this
week and tell her dialysis team.
"""),
("2022-10-25", "Dermatology Consultation", """
DERMATOLOGY - Portside Skin Clinic

57F ESRD on HD TTS. Received IV cefazolin with HD for an access infection 10/3-10/14.
Rash both lower legs since ~10/15; mildly painful now.
Exam: palpable purpura both shins and dorsal feet, few small hemorrhagic bullae on R shin,
no retiform pattern, no eschar.
Labs: platelets 212; PO4 5.4; calcium 9.1.
Differential: drug-triggered small-vessel vasculitis of the skin vs calciphylaxis
(she dialyzes) vs septic emboli. Two 4mm punches from the L shin for H&E and DIF.
Plan: await path; leg elevation.
"""),
("2022-11-08", "Dermatology Follow-up", """
Dermatology - follow-up, Portside

Path: neutrophilic destruction of superficial dermal venule walls with leukocytoclasis
and red cell extravasation; DIF granular C3, IgA neg. No mural calcium, and
no thrombosed subcutaneous arterioles. Calciphylaxis ruled out.
Diagnosis: leukocytoclastic vasculitis of the skin, most likely set off by cefazolin.
Exam: purpura fading to brown, bullae crusted, no new crops. No ulcers.
Plan: prednisone 20 mg x 5 d; cefazolin entered as an allergy and dialysis unit told;
urinalysis and complement levels normal last week; return prn. BMI 31.0.
"""),
]}

E19 = {"patient_id": "E19", "age": 45, "sex": "M", "notes": [
("2025-06-03", "Chiropractic New Patient Intake", """
Maple Crossing Chiropractic - new patient exam       Dr. Ines Thornbury, DC

CC: mid-back and neck stiffness, desk work, 3 months.
PMH: T1DM (dx age 11), pump-managed; CKD stage 3a (his words "kidneys at
about half"); hypertension. BMI 30.2. Not on anticoagulation.
Family hx: dad had kidney failure on HD and passed away in 2011 from calciphylaxis. Pt asks whether hot packs
or massage could "trigger that" in him.
Exam: T4-T7 hypomobile, upper trap TTP bilat. Cervical ROM full, pain end-range rot L.
Skin of back and neck intact, no discoloration.
A: Thoracic segmental dysfunction, postural neck strain.
P: Diversified thoracic, STM. Explained his kidneys are not in the range where that risk
applies, but will ask his nephrologist before using heat.
"""),
("2025-07-15", "Nephrology Clinic Note", """
Nephrology - Maple Crossing Medical

45M, type 1 DM (pump), CKD 3a - eGFR 52, albumin/creatinine ratio 180 - and HTN on
lisinopril 20.
He asks about calciphylaxis given his father's death from it (he was on HD); his chiropractor
sent him to ask before using heat. Skin survey: clear on trunk and
legs - no livedo or nodules.
Labs: PTH 62; Ca 9.3 mg/dL; phos 3.8 mg/dL; bicarbonate 24.
Reassured: no evidence of calciphylaxis; the risk is mostly in advanced CKD on dialysis.
Heat packs and chiropractic care are fine with normal precautions.
Plan: continue ACEi, add SGLT2i; recheck 6 mo. BMI 30.2.
"""),
]}

E20 = {"patient_id": "E20", "age": 63, "sex": "F", "notes": [
("2026-05-12", "Massage Therapy Intake", """
Stillwater Massage & Bodywork - new client intake        LMT: Rowan Eskildsen

Client on hemodialysis Tu/Th/Sa (fistula L forearm). Prediabetes, no meds (A1c 6.0 per
her). No blood thinners. BMI 22.7.
She brought a letter from her nephrologist, Dr. Lamarr: no hot stones, no cupping, no
deep pressure, nothing on the fistula arm, since in dialysis patients injured
skin can turn into calciphylaxis.
Skin check: intact all over the back, arms and legs, no bruises or dark patches.
Session: 60 min Swedish, light-moderate pressure, no heat, L arm skipped.
Plan: monthly; keep the letter on file.
"""),
("2026-08-25", "Nephrology Clinic Note", """
Nephrology outpatient - Dr. Orin Lamarr

63F, ESRD (polycystic kidneys) on HD TTS via L RC AVF. Prediabetes, diet only. BMI 22.7.
Enjoys monthly massage - reinforced the letter: avoid heat, cupping and hard pressure as
a precaution against calciphylaxis. She asked whether a gentle Swedish massage is fine:
yes, away from the fistula arm.
Skin exam, head to toe: unbroken, no net-like mottling, no firm nodules, no sores; nothing
to suggest calciphylaxis.
Labs: albumin 3.9, PTH 310, phosphate 5.1, Ca 9.0.
Plan: continue binder, cinacalcet 30; recheck PTH in 6 wks; next visit 3 mo.
"""),
]}

PATIENTS = [E15, E16, E17, E18, E19, E20]
