"""probe259 corpus notes, G08-G14 (patient-safety incident reports, pressure-injury reviews and
the nephrology, dialysis, dermatology and wound notes of the same patients; all invented)."""

G08 = {"patient_id": "G08", "age": 69, "sex": "F", "notes": [
("2018-08-06", "Surgical Site Event - Readmission Review", """
SURGICAL SITE EVENT - UNPLANNED READMISSION REVIEW (surgical quality)
Index procedure: right-sided open inguinal herniorrhaphy, mesh placed, 10 Jun 2018
(Dr. Varga).
Pt: 69F, AF on warfarin, primary hyperparathyroidism (Ca 11.2), eGFR 68 - no dialysis,
nondiabetic, BMI 29.5 (overweight).

Readmitted 08/03/2018 with a painful black wound over the outer third of the R groin
incision. Per pt the skin around the healed scar went purple and hard in late July.
Initial worry was SSI: cultures neg x2, WBC 7.1, no collection on US, mesh not exposed.
Referred to dermatology. Event classified "surgical complication - under review"; surgeon
and surgical quality RN to re-review after tissue dx.
"""),
("2018-08-07", "Dermatology Consult", """
Derm consult 8/7/18

69F, readmitted for a necrotic wound in the R groin hernia scar.
Exam: R groin, centred on the incision line: 7x3cm stuck-down eschar, a collar of
retiform purpura round it and a firm violaceous rim; a further 2cm purpuric patch just
lateral to it in the same groin. L groin and abdomen unremarkable.
Kidneys: no renal failure. On warfarin since 2016 for AF.
Ddx: (a) nonuremic calciphylaxis (b) warfarin-induced skin necrosis (c) an SSI
that devitalised the skin.
Plan: deep incisional biopsy from the rim tomorrow incl. subcutis; von Kossa stain
requested; d/w cardiology re: holding warfarin; leave the eschar alone until the
pathology is read.
"""),
("2018-08-15", "Nephrology Consult", """
NEPHROLOGY CONSULT - calciphylaxis without kidney failure

Bx 8/8 shows calciphylaxis (septal panniculitis; tiny subcutaneous vessels
with calcified, clotted lumens; von Kossa +).
Conclusion: calciphylaxis, non-uremic type, right groin, which started in the herniorrhaphy scar.
Renal function normal for age (Cr 0.9, eGFR 68); no ESRD, dialysis not indicated.
Risks: warfarin, primary HPT, female sex; not obese (BMI 29.5).
Plan:
- warfarin stopped; apixaban instead (cardiology)
- sodium thiosulfate 25g by PICC, 3 infusions a week (non-dialysis protocol)
- endocrine surgery for parathyroidectomy
- wound care with the WOC team; pain service
"""),
]}

G09 = {"patient_id": "G09", "age": 66, "sex": "M", "notes": [
("2017-10-18", "Skin Integrity Event Report", """
SKIN INTEGRITY EVENT - NEW WOUND (not pressure, not device)
Found 10/17/2017, Medicine 2C. Pt 66M, ESRD on HD (TTS), admitted 10/02 with pneumonia.

Left lower abdominal wall, a hand's breadth off the midline: 5x4cm purple-black indurated
patch, very painful. First noticed by the pt on Oct 12, he says.
MAR audit (heparin 5000 units subcut every 8 h for VTE prophylaxis since 10/02): every
dose charted in the R lower quadrant - the team keeps his heparin on the R because he lies
on his L side. No doses given on the L. No tape, drain or device on the L abdomen, no fall.
Action: photos, wound RN and dermatology consults, pt and wife informed.
BMI 31.6 (obese). No anticoagulant at home.
"""),
("2017-10-19", "Dermatology Consult", """
Dermatology consult 19-Oct-2017

66M, hemodialysis, referred for the sore plaque, L lower abdomen, since 10/12.
Exam: L infraumbilical abdominal wall, 6x5cm stellate purpura, black necrotic centre,
livedo along the rim. R lower abdomen: several tiny bruises where the heparin has gone
in, no purpura, no induration. Thighs and buttocks clear.
Bx: 4mm punch x2, L abdomen.
Imp: clinically calciphylaxis; distribution does not follow his heparin sites, which are
all on the right side.
Plan: path, thiosulfate with dialysis if confirmed, pain, wound RN.
"""),
("2017-10-27", "Inpatient HD Progress Note", """
Inpt HD note 10/27/17

Path (bx 10/19): calciphylaxis confirmed - calcified subcutaneous arterioles with
thrombosis, necrotic fat.
Thiosulfate 25g over the last 30 minutes of each run (Tu/Th/Sa) since 10/21; tolerating,
mild nausea.
SC heparin stopped; DVT ppx now with SCDs on the calves.
Today: PTH 540; phosphorus 6.2; Ca 9.1 (alb-corrected 9.9); albumin 2.9.
A1c 5.2 - no diabetes. Never on warfarin.
L abdominal wound unchanged in size, eschar dry. Pain 5/10 on oral hydromorphone.
Plan: continue thiosulfate; change to lanthanum; cinacalcet 30mg daily; nutrition.
"""),
]}

G10 = {"patient_id": "G10", "age": 72, "sex": "F", "notes": [
("2016-01-22", "Dermatology Consult", """
DERMATOLOGY CONSULT   1/22/2016

72F on PD (CCPD) with a painful R thigh plaque since New Year's Day (1 Jan).
Trauma, falls, shots, heat packs, cold packs to the thigh: all denied; insulin
(glargine/aspart) only ever goes into her abdomen. Remote warfarin for a PE, stopped in 2009.
Exam: R lateral thigh, 8x6cm firm plaque - retiform purpura with the centre just starting
to necrose. Abdomen: lipohypertrophy, no purpura. L thigh clear. Weight 101kg (BMI 38.0).
Bx: punch x2, R thigh, on 1/15; path 1/21 - calciphylaxis (mural vascular calcium,
thrombosis, necrotic fat).
Plan: thiosulfate IV 3x/week, PD prescription review, calcium-free binder, wound RN, pain.
"""),
("2016-02-03", "Incident Report - Burn (Heat Application)", """
INCIDENT REPORT - BURN FROM HEAT APPLICATION     Renal ward 3W, 02/03/2016

Pt's daughter heated a gel pack in the visitors' microwave and laid it on the pt's
existing calciphylaxis ulcer of the R thigh "to ease the pain" at about 20:00. RN found
it at 21:10: new blistering in a 3cm rim at the upper wound margin, skin hot.
Action: pack removed, cool saline compress, provider told, daughter educated (wound must
not be heated or chilled), sign posted over the bed.
Harm: minor, temporary.
Contributing: microwave in family room unsupervised; heat-avoidance teaching not
documented at admission.
"""),
("2016-02-12", "Wound RN Follow-up", """
WOUND RN F/U - calciphylaxis, lateral R thigh

Wound 9x7cm, eschar ~70%, slough 30%. The blistered rim from the heat pack (2/3) is
resolving. Skin stripping along the superior and medial edges where dressing tape was
pulled off - MARSI, 2x1cm.
Plan: change to silicone-border foam, no tape on periwound skin, gentle autolytic
debridement with hydrogel; reassess weekly.
Wt today 96.4kg (down from 101). Intake poor - dietitian aware.
Dressing changes hurt (7/10); oral hydromorphone to be given half an hour beforehand.
Daughter at bedside, teaching about heat repeated and she verbalised it back.
"""),
]}

G11 = {"patient_id": "G11", "age": 59, "sex": "M", "notes": [
("2022-05-09", "HD Rounding Note", """
HD ROUNDING NOTE    May 9 2022    Eastmoor Kidney Center

59M, ESRD from diabetic nephropathy, dialysing Mon/Wed/Fri; DM2 - detemir +
aspart, always self-injected in the upper arms ("my belly's too tender"). No anticoagulation.
New: 2 wks of sore dusky patches over the lower belly, right and left.
Says he has never warmed or iced that skin; no knocks, scratches, belt.
Exam: bilateral lower abdomen - several violaceous plaques 2-4cm across, retiform
borders, one with a central black crust on the R. Arms: injection marks only, no purpura.
BMI 30.2. PTH 860 (H), phosphorus 7.4 (H), calcium 9.9.
A/P: probable calciphylaxis - derm bx this week; start thiosulfate after bx.
"""),
("2022-05-12", "Dermatology Consult", """
Dermatology - 5/12/22

Bx 5/10, L lower abdomen: calciphylaxis, confirmed (subcutis: arterioles calcified, some
plugged by thrombus; von Kossa positive).
By history no injections, heat or pressure at the abdomen; the arms, which take all his
insulin, are unaffected.
Counselled: no injecting into the belly or the thighs; neither heat packs nor ice
to be applied; waistbands loose.
Plan: thiosulfate 25g each dialysis, cinacalcet up, sevelamer, analgesia, hydrogel and
nonadherent dressings held with a tubular retention garment rather than tape.
"""),
("2022-05-18", "Near-Miss Report - Medication Administration", """
NEAR MISS - MEDICATION ADMINISTRATION (no harm; did not reach pt)
Date: 05/18/2022, 4 East.

SC heparin 5000 u q8h ordered at admission for prophylaxis. RN was about to inject into
the abdomen, 2cm from an active calciphylaxis plaque, when the pt stopped her and quoted
the derm instruction "no injections into abdomen". Dose then given in the L thigh.
Contributing: derm restriction not carried onto the MAR; no skin-precaution flag in EHR.
Action: order comment added, EHR skin-precaution flag built, huddle with 4 East RNs.
"""),
]}

G12 = {"patient_id": "G12", "age": 80, "sex": "F", "notes": [
("2019-08-05", "HAPI Report", """
HAPI REPORT - STAGE 3, SACRUM/COCCYX      Identified 08/04/2019, ICU 2

80F, ESRD, HD by tunnelled catheter (R IJ); admitted 7/22 with urosepsis,
intubated 7/22 to 7/30.
Wound: sacrum 4x3.5x0.4cm, slough 30%, granulation 70%, scant serous drainage.
Braden 11.
Contributing: long periods supine while unstable, low-air-loss surface delayed 3 days,
turning q2h not documented on 5 of 12 shifts.
BMI 22.1. No diabetes. Never on warfarin; no home anticoagulant.
Interventions: specialty low-air-loss surface now in place, 2-hourly repositioning with a
wedge, sacral foam, nutrition consult.
"""),
("2019-08-09", "Wound RN Validation - HAPI and MDRPI", """
WOUND RN VALIDATION - HAPI + MDRPI, ICU 2

1) Sacral stage 3 PI - confirmed, hospital-acquired.
2) MDRPI L heel: stage 2, 1.5cm, beneath the strap of the offloading heel boot that was
   put on 8/1. Boot refitted, strap padded.
3) Bilateral medial thighs: purple-black netlike plaques, exquisitely painful, first seen
   by night RN on 8/7. Not over pressure points or any device; the knee-length SCD sleeves
   stop well below them. NOT a pressure injury - recommend dermatology.
Skin elsewhere intact. Photos in media.
"""),
("2019-08-12", "Dermatology Consult", """
Derm consult, 12 Aug 2019

Bilateral medial thigh plaques since ~Aug 7. 4mm punch, R thigh, 8/10: calciphylaxis
(medial calcium deposits in subcutaneous arterioles, thrombi, necrotic lobules).
No trauma, shots or devices on the thighs by history and chart review.
The sacral wound and L heel are pressure injuries, not calciphylaxis.
Exam: L thigh 7x5cm and R thigh 6x4cm retiform purpura with early eschar.
Plan: thiosulfate at each dialysis, calcium supplements off, lower dialysate Ca,
palliative care to discuss goals with son.
"""),
("2019-08-28", "Aggregated RCA - ICU Pressure Injuries", """
AGGREGATED RCA - ICU 2 PRESSURE INJURIES, Q3 2019 (case 3 of 5)

Sacral stage 3 HAPI: delayed specialty surface, missed turns during sedation.
L heel MDRPI: boot strap over the posterior heel, no padding; device checks not part of
the ICU skin bundle.
Thigh wounds: excluded from the HAPI count - biopsy-proven calciphylaxis, not
pressure-related.
Actions: surface ordered at admission for Braden <= 12; boot strap check added to the
q-shift bundle; WOCN rounds twice weekly in ICU 2.
"""),
]}

G13 = {"patient_id": "G13", "age": 64, "sex": "M", "notes": [
("2021-06-14", "Fall Report", """
FALL REPORT    06/14/2021 03:10    Renal unit 3B

64M slid out of the bedside chair while dozing, landing on the right hip. 6cm bruise,
R lateral hip; hip x-ray negative. No head strike; not anticoagulated.
PMH: ESRD with HD on Mon/Wed/Fri; DM2 (insulin); calciphylaxis of the abdomen in
2015 at the old insulin injection sites - healed after thiosulfate and parathyroidectomy,
no active lesions since.
BMI 28.8.
Actions: chair alarm, low bed, yellow socks, PT review, pt and partner informed.
Harm: minor.
"""),
("2021-07-02", "Nephrology Clinic Note", """
Nephrology clinic - 2 July 2021

F/u after admission in June. HD MWF, tolerating, EDW 84.5kg.
Skin: R hip bruise from the June fall has faded. Old atrophic, stellate scars across the
lower abdomen from the 2015 calciphylaxis, no new purpura, no ulcers, no nodules.
Insulin now injected into the thighs, rotating.
Labs: Ca 9.0, PO4 4.9, PTH 210 (post-PTX).
Meds: sevelamer 800mg with meals, cinacalcet 60mg, glargine 22u nightly, lispro by scale.
BP 138/76 seated.
A/P: stable; no recurrence of calciphylaxis. Keep non-calcium binder; avoid warfarin; skin
self-checks monthly.
"""),
("2021-09-21", "Wound RN Skin Check", """
WOUND RN - ROUTINE FULL SKIN CHECK (high-risk list)

Pt on the high-risk list because of prior calciphylaxis (2015, resolved).
Head to toe: skin intact. Lower abdominal scars pale, flat, nontender. Thighs: small
healed injection marks, no induration. Heels and sacrum intact. No open areas.
Braden 20. Checked lying and standing under good light; photos not needed.
Next full skin check due in 3 months (December).
Education: any fresh painful purple patch must be reported the same day; carry on moving the insulin
site around; heat packs are not to be used.
"""),
]}

G14 = {"patient_id": "G14", "age": 57, "sex": "F", "notes": [
("2020-01-28", "Dermatology Consult", """
DERMATOLOGY CONSULT - 28 Jan 2020

57F on PD, L posterior calf ulcer since mid-December, slowly enlarging, pain 8/10.
Nothing has hit or hurt that leg, she insists: no knocks, no heat or cold, nothing
injected there.
Exam: back of the L calf, mid-level: a 4x3cm ulcer capped with black eschar; retiform
purpura and a livedo net all round. R leg, thighs, abdomen clear. Wt 92.4kg.
Bx 1/24: calciphylaxis (arteriolar calcification in the fat, thrombi; von Kossa +).
Not diabetic. No warfarin (never).
Plan: IV thiosulfate thrice weekly; calcium carbonate stopped; cinacalcet; wound care;
analgesia.
"""),
("2020-02-11", "Incident Report - Witness Entry", """
INCIDENT REPORT - THERMAL INJURY, ROOM 418 (2-bed)    02/11/2020

This pt (418-B) is listed as the witness only. At 14:20 she pressed the call bell because
her roommate in bed 418-A had laid a heated wheat bag from home on her own left calf and
was complaining of burning; the roommate's blister is documented in that patient's record.
At her request this pt's skin was checked: no new injury. Her own L calf calciphylaxis
dressing intact, dry.
Actions: wheat bags removed from the room, both pts educated, facilities informed.
"""),
("2020-02-17", "PD Unit - Nephrology Note", """
PD unit note - 17/02/2020

CAPD, four 2-litre exchanges, ultrafiltration ~900mL per day, effluent clear.
Skin tear R forearm 2/15 when tape securing a peripheral IV was pulled off (MARSI),
2x1.5cm, Steri-Strips, silicone dressing.
L calf calciphylaxis: eschar the same as last week, pain now 6/10, thiosulfate ongoing
(dose 9 of 18).
Labs: PTH 610, PO4 5.8, Ca 9.2.
Catheter exit: clean, neither crusted nor red. BP 128/70, weight 91.8kg.
Plan: no tape on forearms - use tubular bandage for IV sites; continue thiosulfate; wound
clinic weekly.
"""),
]}

PATIENTS = [G08, G09, G10, G11, G12, G13, G14]
