"""probe129 corpus notes, R15-R20 (anticoagulation clinic and outpatient hematology; all invented)."""

R15 = {"patient_id": "R15", "age": 61, "sex": "M", "notes": [
("2024-01-16", "Periprocedural Bridging Plan", """
PERIPROCEDURAL BRIDGING - pharmacist
61M, mechanical AVR + AF (high thrombotic risk), warfarin goal 2.5-3.5, 9 mg daily.
Procedure: screening colonoscopy w/ probable polypectomy 1/24/2024 (Wed).
ESRD on HD TTS. Enoxaparin at 1 mg/kg q24h per nephrology (anti-Xa day 3).
Insulin: glargine 36 u + aspart, injects thighs.

Hold warfarin from 1/19. Enoxaparin 110 mg SC daily 1/20-1/23 (AM), none 1/24.
Resume warfarin 1/24 PM, enoxaparin 1/25 onward until INR >= 2.5.
Pt will do the injections around his belly button, rotating.
Ht 176 cm, Wt 110 kg, BMI 35.5.
"""),
("2024-02-13", "Anticoagulation Clinic - INR Visit", """
INR 2.8 (goal 2.5-3.5) - warfarin 9 mg daily, continue.
Enoxaparin finished 2/2 when INR 2.6.
Since early Feb: several firm, tender lumps around his navel where he gave the
enoxaparin; one has a dusky purple centre. No fever.
No missed warfarin doses, no bleeding elsewhere, glucose ok.
Pharm assessment: injection-site hematoma or fat necrosis most likely, but with ESRD +
warfarin, early calciphylaxis stays on the list and is not mine to exclude.
Sent to derm (2/28) and nephrology.
Next INR 2/27.
"""),
("2024-02-28", "Dermatology Consult", """
Dermatology
61 yo man on HD, warfarin for mech AVR, insulin-requiring DM, obese (BMI 34.8 today).
3 firm subcutaneous nodules periumbilical, 1.5-2.5 cm; the largest has a 6 mm dusky
violaceous centre, no eschar, no ulceration. Mild tenderness. No livedo.
Ddx: possible early calciphylaxis versus LMWH injection-site panniculitis or fat necrosis.
A deep biopsy would settle it; pt reluctant given bleeding on warfarin and wants to wait.
Plan: photos taken, recheck in 2 wks, low threshold for biopsy if any necrosis.

Addendum 3/12/24: pt phoned to cancel - relocating to Tucson (daughter's home)
next week. Records and photos sent to his new nephrologist. No further visits here.
"""),
]}

R16 = {"patient_id": "R16", "age": 78, "sex": "F", "notes": [
("2025-09-08", "Anticoagulation Clinic - INR Visit", """
INR VISIT  9/8/25
78F, permanent AF, warfarin since 2019, goal 2-3.
INR 2.5. Dose 3 mg daily (21/wk) unchanged.
CKD 4 - eGFR 22 in Aug, not on dialysis, nephro following (Dr. Mbeki-Larsson).
No DM.
Pt showed me painful purple lacy mottling over both anterior thighs x 2 wks. No
open areas, no dark crust. She doesn't use heat or blankets on her legs.
Pharm assessment: with warfarin + advanced CKD, concern for early calciphylaxis.
Sent msg to heme and nephro; heme appt 9/19.
79kg/161cm, BMI 30.4
"""),
("2025-09-19", "Hematology Consult", """
Hematology consult - anticoagulation in ?early calciphylaxis

78-year-old woman with AF (CHA2DS2-VASc 4) on warfarin, CKD 4.
Exam: reticulate violaceous mottling, anterior thighs bilaterally, tender, non-blanching in
places, no ulcer, no eschar, no induration.
Ddx: early calciphylaxis vs livedo reticularis from other causes vs cholesterol emboli
(no recent catheterization).
Recommended a skin biopsy - she declined ("no cutting unless it opens up").
Given the concern, I'd move her off warfarin now rather than wait: apixaban 5 mg BID
(age 78, wt 79 kg, Cr 2.1 - only one dose-reduction criterion). Start when INR < 2.
Anticoag clinic to manage the handover.
Plan: recheck skin in 6-8 wks; biopsy if it ulcerates.
"""),
("2026-01-12", "Nephrology Clinic Note", """
Nephrology clinic 1/12/26
CKD 4, eGFR 20, stable, no uremic sx. Dialysis planning discussed, prefers conservative
mgmt for now.
Skin: the mottling on her thighs that raised a question of calciphylaxis in September
has faded almost completely since warfarin stopped (apixaban since 9/24/25). Never
biopsied, never ulcerated.
PO4 5.1, calcium 9.0, PTH 210 - start calcitriol 0.25 mcg.
BMI 30.4.
BP 138/76, K 4.9. Apixaban 5 mg BID, no bleeding, tolerating well.
F/u 3 months, labs before.
"""),
]}

R17 = {"patient_id": "R17", "age": 57, "sex": "M", "notes": [
("2019-08-05", "Anticoagulation Clinic - DOAC Start", """
New start - anticoagulation pharmacist
57M, new paroxysmal AF, CHA2DS2-VASc 3 (DM, HTN, vasc).
ESRD, PD (cycler overnight). Type 2 DM on insulin (degludec 30 u + aspart).
We talked about warfarin vs apixaban; he did not want INR checks, so warfarin was not
started. Apixaban 5 mg BID (no dose-reduction criteria met).
Counseled: bleeding signs, missed dose rule, no NSAIDs.
Wt 82 kg, BMI 27.0.
F/u phone in 2 wks.
"""),
("2019-10-21", "Wound Care Clinic Note", """
Wound care new consult
57 y/o M on PD, insulin-dependent DM, apixaban.
Hit his L ankle against the bed's metal frame 9/30, small scrape, it never healed and got
more painful.
Wound: L lateral malleolus 2.2x1.8cm, dark dusky base w/ thin black crust, punched out
edges, surrounding purple discoloration. Pain 7/10.
Pulses: DP weak, PT absent; ABIs non-compressible.
Ddx: arterial ulcer, diabetic ulcer, r/o calciphylaxis.
Plan: punch bx (derm 11/1), arterial duplex, offload, silver alginate.
"""),
("2019-11-18", "Dermatology Follow-up", """
Derm f/u L lateral ankle ulcer.
Biopsy 11/1: ulcer bed with granulation and fibrin; sample too superficial for
subcutaneous vessels - nondiagnostic. No calcification seen.
Calciphylaxis cannot be excluded; arterial insufficiency also plausible (duplex: tibial
disease).
Offered a deeper wedge biopsy - declined, as the ulcer is now smaller (1.5x1.2cm) and
less painful.
Plan: vascular surgery referral, continue wound care, re-discuss biopsy if it worsens.
Apixaban unchanged. Told him to call sooner if the ulcer widens or turns black.
"""),
]}

R18 = {"patient_id": "R18", "age": 49, "sex": "F", "notes": [
("2017-03-20", "Anticoagulation Clinic - New Start", """
ANTICOAGULATION - NEW WARFARIN START
49F, R calf DVT on 3/15/17, provoked (R ankle fracture, in a boot).
Started 3/16: enoxaparin 80 mg SC BID, and warfarin 10 mg on days 1-2, 5 mg daily after.
Target INR 2-3; treat 3 months.
Kidneys normal (creat 0.7). No diabetes. No prior clots.
FH: none known. OCP stopped.
INR today 1.9. Continue enoxaparin until INR >= 2 x 24h.
68kg, BMI 25.5
Teaching done, booklet given.
"""),
("2017-03-23", "Emergency Department Note", """
ED NOTE
49 yo woman started on warfarin 1 wk ago (3/16) for a DVT, presents with rapidly
worsening pain and dark skin since yesterday, left thigh and right breast.
Exam: L anterior thigh, 10x7cm dark red-purple plaque with hemorrhagic bullae and early
central necrosis; R breast 4 cm similar plaque. Afebrile.
INR 3.6. Plt 230 (baseline 245).
Ddx: top of list warfarin-induced skin necrosis; ?calciphylaxis; HIT less likely.
Plan: stop warfarin, vitamin K 5 mg IV, switch enoxaparin to therapeutic UFH infusion
(no bolus), protein C/S activity, heme + derm consult, biopsy.
"""),
("2017-04-04", "Hematology Consult", """
Hematology follow-up consult

Protein C activity 38% (drawn before vit K, repeat pending) - likely heterozygous
protein C deficiency. Protein S normal. HIT antibody negative.
Skin bx (derm 3/24): fibrin thrombi occluding dermal/subcut vessels; no calcium in
vessels or soft tissue; no panniculitis pattern.
Calciphylaxis was on the differential; it is ruled out.
Conclusion: warfarin-induced skin necrosis; underlying protein C deficiency.
Plan: no warfarin rechallenge. Apixaban 5 mg BID to complete treatment of the DVT. Wound
care to both areas (left thigh, right breast); plastics review if grafting needed.
"""),
]}

R19 = {"patient_id": "R19", "age": 70, "sex": "M", "notes": [
("2026-01-14", "Pharmacist Assessment", """
Anticoag clinic - pharmacist assessment
70M, AF, on warfarin since 2016, INR 2.3 today, 35 mg/wk.
He asks to come off warfarin: his mother developed calciphylaxis while on dialysis in
the late 90s, he read online that warfarin is linked to it and is worried.
Kidney fx: CKD 3a with eGFR 52; no dialysis ever. T2DM on metformin 1 g BID, no insulin.
Skin: looked at legs, thighs, abdomen - no lesions, no mottling.
BMI 32.2.
Assessment: reasonable candidate for apixaban 5 mg BID (no reduction criteria).
Plan: last warfarin tonight, start apixaban when INR < 2 (recheck 1/26).
"""),
("2026-02-09", "Anticoagulation Phone Follow-up", """
Phone f/u w/ pt and his wife (Odalys).
INR 1.7 on 1/26, so apixaban began that evening as planned.
Taking 5 mg BID w/ breakfast and supper, uses a 7-day box, no missed doses.
No bleeding, no bruising, no black stools. Metformin unchanged.
Asked again about his skin because of his mother's history: he reports
nothing new, no sores, no purple marks.
Reviewed: no NSAIDs, tell dentist he is on apixaban, hold rules before procedures come
from us.
Discharged from the warfarin clinic; annual DOAC review with renal labs 1/2027.
"""),
]}

R20 = {"patient_id": "R20", "age": 45, "sex": "M", "notes": [
("2018-04-09", "Pharmacist Assessment - Warfarin Counseling", """
WARFARIN NEW START - COUNSELING VISIT
45M, ESRD on HD since 2015 (FSGS), On-X mechanical aortic valve 3/2018 after
endocarditis. Goal INR 2.0-3.0 (On-X, may lower after 3 mo per cardiology).
No DM.
Counseled about: dose timing, vit K diet consistency, bleeding, drug interactions,
and - because he is on dialysis - the small risk of calciphylaxis with warfarin. Told
him to phone about any skin sore that hurts a lot or purple net-like marks, and
to skip heating pads/ice packs on bare skin. Skin exam today normal.
Wt 70 kg, BMI 23.0.
Warfarin 5 mg daily, INR at HD Wed.
"""),
("2018-05-07", "Anticoagulation Clinic - INR Visit", """
INR visit 5/7/18
INR 2.7 - goal 2-3. Warfarin 5 mg daily (35 mg/wk). In range 3 checks running.
Missed doses: none. Diet: steady, knows which greens to keep consistent.
Bleeding: a little oozing from the fistula after HD last Mon, stopped with usual
pressure time. No nosebleeds.
Skin: I looked at his legs, thighs and belly as we agreed at the start - no sores, no
purple marks, nothing tender.
New meds: none. Cardiology f/u in June re dropping goal.
Plan: continue 5 mg daily, next INR 6/4 at HD, I'll phone.
"""),
]}

PATIENTS = [R15, R16, R17, R18, R19, R20]
