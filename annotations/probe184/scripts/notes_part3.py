"""probe184 corpus notes, D15-D20 (Mohs and dermatologic surgery and the clinics around them; all invented)."""

D15 = {"patient_id": "D15", "age": 76, "sex": "F", "notes": [
("2016-11-08", "Dermatology Procedure Note", """
DERMATOLOGY - procedure
76F, CKD4 - eGFR 19, pre-dialysis, fistula created 9/2016. DM2 (glipizide only).
AF, warfarin. BMI 32.0, obese.

Exam: 1.2 cm hypertrophic actinic keratosis L anterior shin, thick adherent scale, no
induration at the base. Shave bx offered to r/o SCC; pt prefers freezing.
Proc: LN2 cryotherapy, 2 freeze-thaw cycles of 15 s w/ 2 mm margin to the L shin HAK.
Tolerated.
Instructions: blister expected, petrolatum, no bandage needed. Call if not healed in
6 wks - would then biopsy.
"""),
("2017-01-10", "Dermatology Follow-up", """
DERM F/U

The L shin cryo site never healed: ulcer there since early December, now 2.5 cm,
shallow w/ dusky violaceous rim and a retiform edge, fibrinous base. Pain out of
proportion. Tolerating warfarin, INR 2.6. BMI 32.0.

Ddx: poorly healing cryo wound on a lower leg w/ venous changes; SCC; early calciphylaxis
(CKD 4, warfarin, obese) - cannot exclude.
Proc: after consent, biopsied the rim with a 4 mm punch. AlCl for hemostasis. Vaseline,
bandage.
Plan: will call with path; if nondiagnostic, a deeper incisional (fat-containing) bx is
recommended.
"""),
("2017-01-24", "Dermatology Telephone Encounter", """
TELEPHONE - path result

Path (1/10 punch, L shin ulcer edge): ulcer w/ granulation tissue and superficial dermis
only, no subcutaneous fat sampled; no dysplasia. Nondiagnostic for calciphylaxis.
Called pt + daughter: recommended deeper wedge bx into fat. Pt won't do it yet - she is
leaving for Tucson next week (moving in with the daughter) and says she will get a
new dermatologist out there.
Calciphylaxis still on the differential, unconfirmed.
Records and path slides to be sent on request; release signed. Advised to tell her new
nephrologist and derm about the ulcer. Wound care: petrolatum + nonstick daily.
"""),
]}

D16 = {"patient_id": "D16", "age": 69, "sex": "M", "notes": [
("2017-05-09", "Dermatologic Surgery Procedure Note", """
PROCEDURE NOTE - excision, trunk  May 9 2017
Dx: nodular BCC, R flank, 1.5 cm (bx 4/18/17)
69M; ESRD, HD Monday-Wednesday-Friday at Fairhaven unit. No DM. No anticoagulants;
continues aspirin 81. BMI 22.4.

Local anesthesia. Elliptical excision with 4 mm margins, length 5.0 cm, into fat.
Modest undermining. 3-0 Vicryl buried, 4-0 nylon simple interrupted.
Dressing: bacitracin, Telfa, paper tape.
Tol well. Sutures out at 12 d (Tues, after HD day).
Path: margins to follow.
Pt asked about showering - OK after 48 h, pat dry; no hot tub until sutures are out.
His wife will help with the dressing, which is out of his reach on the side.
"""),
("2017-05-30", "Dermatologic Surgery Post-op Visit", """
POST-OP - R flank excision

Sutures removed 5/22 with a closed line; since then the lower third opened up.
Today: 2 cm dehiscence at the inferior incision, edges black and necrotic, surrounding
3-4 cm violaceous net-like discoloration, very painful for an incision this age. No pus,
afebrile, WBC 7.1.
Margins clear on the BCC.

A: necrotic dehiscence R flank, HD patient - concern for calciphylaxis vs ischemic
dehiscence vs infection.
P: wedge bx from the wound edge into fat today; culture swab; wet-to-moist NS gauze;
renal informed; f/u after path.
"""),
("2017-06-13", "Palliative Care / Hospice Admission Note", """
HOSPICE ADMISSION - home

69M, ESRD on HD, electing to stop dialysis after family meeting; last HD 6/10.
Skin: R flank open wound 4x3cm, black edges, dusky rim. Derm wedge bx 5/30 showed
dermal and fat necrosis, nonspecific; no vascular calcification in the sections;
their note says calciphylaxis could not be excluded and suggested repeat bx, which pt
declined. Culture light skin flora.

Plan: comfort focus. Wound: gentle cleanse, silicone foam, change q3d. Hydromorphone
SL prn, haloperidol prn nausea. Chaplain visit. Spouse is primary caregiver.
"""),
]}

D17 = {"patient_id": "D17", "age": 57, "sex": "F", "notes": [
("2025-08-19", "Dermatologic Surgery Procedure Note", """
PROCEDURE - lipoma excision  8/19/25
57F, ESKD on CCPD. No DM. No anticoag. BMI 27.5.
Lesion: 3.5 cm soft mobile subcutaneous mass L posterior upper arm, slowly enlarging,
tender when she leans on it; US c/w lipoma.

Local anesthesia. 3 cm linear incision, lipoma delivered intact w/ blunt dissection.
Dead space obliterated (Vicryl 3-0); nylon 4-0 to skin.
Pressure dressing: fluffs + 4-inch elastic wrap snug around the L upper arm, leave on
48 h, then Vaseline + bandage.
Specimen to path. Sutures out in 10-12 d.
"""),
("2025-09-02", "Dermatologic Surgery Post-op Visit", """
POST-OP / suture removal

Incision healed, nylon removed. Path: lipoma, benign.
New: just above the incision and where the top of the elastic wrap sat, L posterior upper
arm, an indurated violaceous plaque (4x3cm) w/ livedoid margins, exquisitely tender.
Started around 8/25, a few days after she took the wrap off.

A: fat necrosis vs organizing hematoma vs early calciphylaxis (PD pt).
P: recommended incisional bx into fat. Pt declines today - "let's see if it settles".
Warm compresses discouraged. Renal notified. Return 2 wks.
"""),
("2025-09-16", "Peritoneal Dialysis Clinic Note", """
PD CLINIC

L posterior upper arm plaque the same size by her account, tender still, not open.
Derm's ddx includes calciphylaxis; no bx yet, pt still declining.
Labs: PTH 480, phos 6.0, Ca 9.4, alb 3.5. Wt 71.8 kg, BMI 27.5.

Social: relocating to Dayton, to live with her son, before October. Transfer packet
sent to the receiving PD program, asking them for derm f/u and a biopsy if the plaque
progresses; no STS started here as dx unproven.
Last visit w/ our team.
"""),
]}

D18 = {"patient_id": "D18", "age": 74, "sex": "M", "notes": [
("2026-01-13", "Hemodialysis Rounding Note", """
HD ROUNDS

74M, three-times-weekly HD (Tue/Thu/Sat); DM2, takes insulin glargine. BMI 27.1.
Nonhealing sore on the R shin x 3 months, slowly bigger, bleeds when the sock rubs.
Not very painful.
Exam: 3 cm ulcer, R anterior shin, edge raised. No livedo elsewhere.
Today's chemistries: iPTH 390 | PO4 5.6 | cCa 9.2.
Access: L upper-arm fistula, bruit and thrill fine. Tolerating 3 kg UF.

A: nonhealing R shin ulcer - ?calciphylaxis vs venous vs other.
P: derm referral (urgent slot 1/27); wound RN to dress after each run.
"""),
("2026-01-27", "Dermatology Consult", """
DERMATOLOGY - new consult

R anterior shin: 3.1x2.8cm ulcer w/ a rolled, heaped-up, pearly-pink border,
granular friable base, no eschar, no retiform purpura. Painless to touch.
Renal asked about calciphylaxis; the morphology favors a skin cancer (SCC > BCC)
over calciphylaxis.
Skin elsewhere: scattered AKs on the scalp and forearms, lentigines; no other ulcers.
No livedo or purpura on the legs, thighs or abdomen. Pedal pulses palpable.
Pt says his late wife always told him to "get that leg looked at".
Proc: 2 punch bx (edge and base), 4 mm, under lidocaine.
Plan: result in 1 wk; if SCC, Mohs consult.
"""),
("2026-02-10", "Mohs Surgery Consultation", """
MOHS CONSULT

Path 1/27 (R shin): invasive SCC, well differentiated, 2.4 mm depth, no PNI. No vascular
calcification or thrombi; calciphylaxis ruled out.
74M on HD, DM2 on insulin, no anticoagulants. BMI 27.1.
Exam: 3.1 cm ulcerated SCC R anterior shin, no palpable popliteal or inguinal nodes.

Plan: Mohs on a non-HD day (Wed 2/25), likely repair with a graft or 2nd intention;
discussed slow healing on the lower leg in dialysis pts. Consent signed.
He will bring his insulin and a snack the day of surgery; staged wait can be long.
"""),
]}

D19 = {"patient_id": "D19", "age": 52, "sex": "F", "notes": [
("2025-04-08", "Mohs Pre-operative Consultation", """
MOHS PRE-OP CONSULT

52F w/ nodular BCC L cheek, 0.8 cm (bx 3/11/25).
PMH: PE in 2009 treated with warfarin x 1 yr, off since 2010. Kidneys normal,
creatinine 0.8. Not diabetic. BMI 25.3.
FHx: her brother, on dialysis for years, died of calciphylaxis in 2021 - she is scared
that her surgery wound will "turn black like his legs did".
Exam: pearly papule L mid cheek; no other lesions on FBSE; no livedo or purpura.

Counseled: that disease occurred in the setting of his kidney failure; her risk is very
low. Mohs booked 5/13, likely linear closure.
"""),
("2025-05-13", "Mohs Micrographic Surgery Note", """
MOHS SURGERY 5/13/2025 - L cheek nodular BCC

Pre-op: 0.8 cm pearly papule, marked with 2 mm margin. Local anesthesia.
Stage I clear, 1 block, no residual tumor at the deep or peripheral edges.
Defect 1.3 x 1.1 cm. Repair: linear layered closure 3.2 cm along the melolabial
line, buried Monocryl 5-0, running Prolene 6-0.
Skin elsewhere: no purpura, nodules or ulcers; once more she raised what
happened to her brother, and we reassured her.
Vitals stable, BMI 25.3.
Pressure dressing 24 h, then Vaseline. Suture removal 1 wk.
"""),
]}

D20 = {"patient_id": "D20", "age": 60, "sex": "M", "notes": [
("2026-03-03", "Dermatologic Surgery Procedure Note", """
ED&C - procedure note
Dx: SCC in situ R dorsal forearm, 1.1 cm (bx 2/10/26)
60M; ESRD, in-center hemodialysis (L brachial fistula). Diet-only type 2 DM.
Class I obesity on the problem list. BMI 29.4.

Local anesthesia. Curettage x 3 cycles w/ electrodesiccation between each; 1.8 cm
final wound. Petrolatum + bandage.
Counseling: because he is on dialysis, reviewed that calciphylaxis can occasionally
start in wounds - call us for any painful purple or blackened skin, here or
anywhere else. He will wash it once daily and keep it covered.
RTC 5 wks.
"""),
("2026-04-07", "Dermatology Follow-up", """
DERM F/U - 5 wks after ED&C

R dorsal forearm ED&C site healed w/ a flat 16 mm hypopigmented scar. No recurrence
on palpation or dermoscopy.
No sign of calciphylaxis: skin of arms, legs and trunk intact, no purpura or nodules.
Pt relieved; his HD nurse had been checking the site weekly.
BMI 29.4. Problem list reviewed.
Plan: FBSE 6 mo, sunscreen daily, wide-brim hat for yard work. Call with any new
bleeding or crusted spot. Copy of this note to his nephrologist, Dr. Ibarra-Whitcombe,
at his request.
"""),
]}

PATIENTS = [D15, D16, D17, D18, D19, D20]
