"""probe201 corpus notes, C08-C14 (medical student and intern write-ups and the clinics around them; all invented)."""

C08 = {"patient_id": "C08", "age": 66, "sex": "F", "notes": [
("2019-01-08", "Medical Student H&P", """
MS3 H&P -- Medicine, Team Osprey (St. Brennock Medical Center)
Student: Q. Halvorsen-Diaz

CC: sore on L leg x2 wks

HPI: 66F on HD (Tu/Th/Sat) for ESRD, insulin-requiring DM2, HTN, peripheral
neuropathy, admitted from clinic with a painful L shin sore. Per pt it showed
up on Christmas Day as a dark red spot, then blistered and opened.
Pt denies trauma. Has burning feet/shins at night from neuropathy.
Meds: insulin NPH 14u BID, gabapentin 100 qhs, sevelamer, midodrine prn.
SH: lives w/ husband, retired school librarian. Never smoked.

Exam: T 36.6  P 78  BP 132/70  BMI 28.3
L anterior shin: shallow ulcer, 4 by 3 cm, eschar black at its base,
surrounding purplish mottling, v tender. Pedal pulses faint but present.
Labs: HbA1c 7.8%; calcium 9.7, phosphorus 6.9 (H), iPTH 760 (H);
albumin 3.3 (L)

Assessment: L shin ulcer -- venous vs arterial vs calciphylaxis vs diabetic.
ABI, derm c/s, wound care.
"""),
("2019-01-09", "Attending Addendum", """
ATTENDING ADDENDUM (Dr. P. Ferreira-Walsh)

I saw the patient with Mr. Halvorsen-Diaz. Correction to the HPI: "denies
trauma" is not quite right. When I asked specifically about what she does
for the night-time burning, she told me she has been holding a bag of
frozen peas against her L shin every night since Thanksgiving, often until
she falls asleep. The ulcer sits on exactly that patch of skin. Repeated
cold injury on that shin is the obvious local trigger here, and with her
phosphate and PTH calciphylaxis is my leading diagnosis.

Student: please add "cold exposure" to the HPI and ROS next time, and
always ask about home remedies.
Plan: stop the ice; derm for biopsy; ABI first.
"""),
("2019-01-14", "Dermatology Consult", """
DERMATOLOGY CONSULT -- note w/ path result

Reason: L shin ulcer, ?calciphylaxis. ABI 0.98 L.
Biopsy 1/10/2019: 2 punches from the border of the L anterior shin ulcer.
Histology: subcutaneous small arterioles showing calcified media and
fibrin thrombi; fat necrosis nearby; vasculitis absent. Dx: calciphylaxis.

Exam: ulcer on the L anterior shin measuring 45 x 35 mm, eschar, livedo
around it. Right leg clear.

Impression: L lower leg calciphylaxis, arising where she has been
applying frozen packs nightly since late November.
Rec: STS with HD; nothing cold or hot on the legs; nonadherent dressing;
vitamin K supplementation per nephrology; derm clinic visit two weeks post
discharge.
"""),
]}

C09 = {"patient_id": "C09", "age": 70, "sex": "F", "notes": [
("2020-10-13", "Medical Student H&P", """
MS3 ADMISSION H&P -- Team Heron
Student: L. Abernathy-Cho

CC: painful R arm

HPI: 70F, ESRD (HD at Ridgeway unit, fistula in L forearm), mechanical MVR anticoagulated
with warfarin, admitted for a painful purple area, posterior R upper arm,
that started 10 days ago. Denies any injury to that arm.
PMH: ESRD, MVR (2011), AF, morbid obesity, no DM.
Meds: warfarin 4 mg (mech valve, aim INR ~3), metoprolol, linagliptin 5 mg,
sevelamer. Gets vitamin B12 shots from her PCP's nurse monthly since
2019 -- always the L posterior upper arm (her choice).

Exam: afebrile, HR 72, BP 140/80. BMI 41.2 (112 kg).
Exam of R posterior upper arm: a 7 x 6 cm plaque, violaceous, indurated,
retiform edges, exquisitely tender. L arm unremarkable; fistula +thrill.
Labs: INR 3.1 | iPTH 520 | PO4 6.4 | Ca 9.5

A/P: plaque R upper arm, ?calciphylaxis (on warfarin). Derm c/s.
"""),
("2020-10-14", "Attending Addendum", """
ATTENDING ADDENDUM -- Dr. S. Mbatha

I agree with the student's findings and plan with two corrections.
1) PMH: she DOES have type 2 diabetes -- that is why she takes linagliptin.
Diabetes, not on insulin. Please fix the problem list.
2) I went through every possible skin trauma with her. The only recurring
injury to the skin of either arm is her monthly B12 injection, which always
goes into the LEFT posterior upper arm. Nothing has been injected, heated,
iced or bumped on the RIGHT arm, where the plaque is.

Concern for calciphylaxis is high; with a mechanical valve warfarin can't just
be stopped -- cardiology and heme to weigh a heparin bridge vs
continuing. Derm to biopsy tomorrow.
"""),
("2020-10-19", "Dermatology Consult", """
DERMATOLOGY CONSULT NOTE

Incisional biopsy R posterior upper arm, 10/15/2020: thrombosed
subcutaneous vessels with medial calcification, panniculitis, von Kossa +.
Final: calciphylaxis.

Exam today: the R posterior upper arm plaque measures 75 x 60 mm today and has
developed a central black eschar about 15 mm wide. L arm free of lesions; the B12 injection
spot on the L posterior arm looks normal.

Impression: R upper arm calciphylaxis, in a pt on warfarin.
Recs: STS (25 g) with dialysis; IV heparin bridge then decision on anticoagulant
per cardiology; avoid trauma to the R arm; pain control; we will see
weekly.
"""),
]}

C10 = {"patient_id": "C10", "age": 77, "sex": "M", "notes": [
("2022-10-03", "Medical Student H&P", """
MS3 H&P -- Team Larkspur
Student: N. Brightwater

CC: "black painful spot" L thigh

HPI: 77M (ESRD, HD since 2019 on a TTS schedule; T2DM on basal insulin;
CABG 2014)
with a lesion of the outer L thigh he spotted 6 days ago. At first it
looked like a purple bruise; since then its middle has turned black. Pain 8/10. Denies
falls or bumping it. No anticoagulants.
Meds: insulin glargine 12u qhs, ASA 81, atorvastatin, sevelamer, calcitriol.

Exam: T 36.9  HR 70  BP 128/66  BMI 26.0
L lateral thigh: stellate black eschar, 5 x 4 cm, violaceous livedo
around it, indurated, tender. No other lesions.
Labs: alb 3.4 / iPTH 640 / phos 6.5 / Ca 10.0

A/P: L thigh necrotic lesion, concern for calciphylaxis. Derm c/s for
biopsy. Stop calcitriol. Fall precautions (deconditioned, uses a cane).
"""),
("2022-10-05", "Dermatology Consult", """
DERM CONSULT -- inpatient

77M HD, L lateral thigh lesion x ~1 week.
Exam: L lateral thigh -- eschar (black) 5 x 4.5, rimmed with retiform
purpura. Punch bx done at bedside 10/4 from the purpuric edge.
Path (10/5) per Dr. Ilves: calcium within the small vessel walls plus
luminal clot; necrotic fat lobules.
Compatible with calciphylaxis.

Impression: L lateral thigh calciphylaxis.
Recs:
- sodium thiosulfate with HD
- nonadherent dressing, change daily, no debridement now
- optimize phos/PTH per nephro
- pain regimen per primary team
- he walks with a cane and is unsteady; please keep fall precautions
"""),
("2022-10-07", "Intern Cross-Cover Event Note", """
PGY-1 CROSS-COVER EVENT NOTE, 0415

Called by RN at 0340: pt found on the floor beside the bed. He was heading
to the toilet on his own without calling; bed alarm had been switched off.
Fell onto his L side.
No LOC per pt, on ASA only. Knows where he is.

Exam: GCS 15, neuro nonfocal. New ecchymosis on the L hip, extending
down the outer thigh and around the existing thigh eschar dressing; dressing
intact, no new bleeding from the wound. No hip pain on log roll, full ROM.
BG 142.

Plan: CT head noncontrast (neg, prelim). XR L hip/femur ordered. Bed alarm
back on, low bed, fall mat. Primary team to follow up in AM.
"""),
("2022-10-08", "Attending Addendum", """
ATTENDING ADDENDUM -- Dr. H. Vukovic

Films (L hip + femur): negative for fracture.
For clarity in the chart: the L thigh calciphylaxis lesion was present
from 9/27, more than a week before last night's fall. The fall (10/7)
bruised the skin around it but did not cause it. Eschar unchanged in size
today per wound RN.
Pain after the fall is mostly the hip bruise; acetaminophen scheduled,
no NSAIDs. Glargine continued, sugars 120s-160s.
Continue thiosulfate at dialysis, wound care per derm. PT/OT before discharge, and a
home safety evaluation -- he lives alone in a split-level house.
Discussed with his son by phone.
"""),
]}

C11 = {"patient_id": "C11", "age": 60, "sex": "F", "notes": [
("2021-04-06", "Wound Care Nurse Note", """
WOUND CARE RN NOTE

Location: R posterior calf.
Etiology per derm: calciphylaxis, bx proven (punch 3/29/21).
Size (LxWxD, cm): 6.2/4.0/0.3. Wound bed: slough (yellow) ~60%,
eschar (black) ~40%.
Edges: irregular, violaceous, retiform. Periwound: indurated, intact.
Drainage: scant serous, odorless.
Pain: rated 9/10 during the change, premedicated per order.

Tx today: with MD order, conservative sharp debridement removing nonviable
loose slough, bedside; cleansed w/ NS, calcium alginate to base, foam border
dressing secured with paper tape. Plan NPWT eval next week if wound bed
clean.
Education: pt and husband taught dressing change. Offload calf with
pillow under knees.
"""),
("2021-04-07", "Medical Student SOAP Presentation", """
STUDENT SOAP PRESENTATION (MS3 R. Dunleavy-Ortiz), Team Finch

S: 60F (ESRD on CAPD; insulin-treated DM2; obesity), hospital day 3 for a
painful R calf ulcer. Slept poorly. Pain 7/10 after wound care.

O: T 37.0  HR 84  BP 146/78  BMI 38.7 at 104 kg
R posterior calf: ulcer w/ slough + eschar, see wound RN note.
She gives her own insulin (glargine 30u at night; lispro with meals) in
the belly, moving the spot around the navel each time. No injections
anywhere on the legs.
Labs: alb 2.9; Ca/P 9.6/6.0; iPTH 480

A: R calf calciphylaxis (biopsy-proven). Onset mid-March. I think
the lesion may have started at the biopsy site.
P: STS, wound care, pain control, PD as per renal.
"""),
("2021-04-08", "Attending Addendum", """
ATTENDING ADDENDUM (Dr. C. Obuya)

Seen with the team. One correction for the student: the ulcer did not
start at a biopsy site. The lesion appeared in mid-March, and derm took
the punch biopsy FROM the lesion on 3/29 to make the diagnosis -- that is
care of the wound, not a preceding injury. The debridement, alginate and
tape dressings are likewise treatment.
No trauma preceded the calf ulcer that I can elicit: no falls, no heating
or icing, no stockings or braces. Her insulin shots all go in the
abdominal wall.
Agree with STS three times weekly, IV, and PD per renal. NPWT to be
decided by wound team.
"""),
]}

C12 = {"patient_id": "C12", "age": 56, "sex": "F", "notes": [
("2018-11-06", "Medical Student H&P", """
MS3 ADMISSION H&P -- Team Wren, Calder Valley Hospital
Student: O. Fenwick

CC: painful lower belly

HPI: 56F with ESRD on HD (TTS) and DM2 controlled with diet alone (never
on insulin or pills), admitted with painful purple plaques on the left and
right lower abdomen / pannus. Derm biopsied one on 11/2 in clinic --
result: calciphylaxis.
Asked about local trauma: abdomen never injected (she has never used
insulin or home heparin); heat/cold to the skin: none; waistbands loose
(wears dresses); no falls or scratching.
Not on warfarin.

VS: afebrile (37.1), HR 96, BP 150/90, BMI 34.0
Exam: obese pannus w/ bilateral violaceous retiform plaques, largest 8 cm
on the L, central eschar; exquisitely tender.

Assessment/plan: calciphylaxis, pannus, bilateral.
- VTE ppx: SCDs to the calves, NOT subq heparin into the abdomen
- if she needs insulin for steroid or TPN hyperglycemia, inject the arms
- STS with HD, pain control
"""),
("2018-11-07", "Nephrology Consult", """
RENAL CONSULT

Asked to see for management of calciphylaxis in an HD patient.
56F on HD 4 yrs via R arm AVF; obesity; DM2 on diet.
Calciphylaxis, bx proven, lower abdominal wall, L and R.
Last labs: Ca 9.3, phos 7.1, PTH 980.

Recs:
1. Begin STS: 25 grams per dialysis session, infused over its last hour.
2. Calcium acetate -> sevelamer; add cinacalcet 30 mg.
3. Extra HD session this week for phos clearance.
4. Counselled: avoid heat packs, warming blankets or ice on the abdomen;
any future SC injections should go elsewhere.
5. Surgical consult for parathyroidectomy if PTH stays high.
"""),
("2018-11-12", "Intern Progress Note (SOAP)", """
PGY-1 PROGRESS NOTE -- HD #7

S: pain a bit better w/ scheduled hydromorphone. Tolerated STS last two runs.
O: Temp 36.8, pulse 88, BP 138/82
Pannus plaques unchanged; L eschar dry, no drainage, no surrounding
erythema. SCDs on both calves, skin under them intact.
Labs: Ca 9.0; phos now 5.9 (was 7.1)

Assessment & plan
#Calciphylaxis lower abdomen -- continue STS; gen surg says debridement
 only if the eschar becomes infected or boggy, not now.
#VTE ppx -- SCDs; no injections planned.
#DM2 -- diet, BG 110-150, no insulin required.
#Dispo -- home w/ outpatient STS at her unit when pain controlled on PO.
"""),
]}

C13 = {"patient_id": "C13", "age": 68, "sex": "M", "notes": [
("2020-05-14", "Intern Progress Note (SOAP)", """
PGY-1 PROGRESS NOTE -- HD#4 (CHF exacerbation / ESRD)

S: c/o soreness at the R elbow where his IV was.
O: T 36.7  HR 76  BP 134/70  SpO2 96% RA
R antecubital fossa: peripheral IV placed in the ED 5/11, infiltrated
yesterday (5/13) and was pulled; mild swelling and erythema around the
puncture, no cord, no streaking. L forearm AVF, +bruit.
Wt down 3 kg since admit. BMI 23.0.
Labs: K 4.8; Ca/P 9.2/6.3

A/P
#Infiltrated PIV R AC -- elevate the arm, monitor; new PIV not needed
 (HD access for labs).
#Volume overload -- improving with extra UF.
#ESRD on HD MWF -- renal following.
#No DM (A1c 5.0). Not anticoagulated.
"""),
("2020-05-22", "Medical Student SOAP Presentation", """
STUDENT PROGRESS NOTE (MS3 I. Szymanski) -- HD#12

S: since 5/20 a very painful new spot, R forearm. Describes
it as "like a coal burning under the skin".
O: Afebrile, HR 80, BP 128/68.
R volar mid-forearm: firm violaceous nodule about 3 x 2.5 cm, livedo
surrounding, very tender; not warm. The old IV spot at the R elbow crease is healed,
just faint brown color.
Labs: iPTH 890 | Ca/P 9.4/6.6 | alb 3.0

A: new painful nodule R forearm. DDx: superficial thrombophlebitis vs
calciphylaxis vs cellulitis.
P: derm consult, hold off on antibiotics.
"""),
("2020-05-27", "Dermatology Consult", """
DERMATOLOGY CONSULT

Punch biopsy R volar forearm 5/23/20 -- subcutaneous arterioles: calcium
deposits, thrombus; fat: necrotic. Diagnosis: calciphylaxis.

Exam: R volar mid-forearm: plaque 35 x 30 mm, violaceous and indurated,
dusky in the middle, livedo around. It lies about a hand's length (10 cm)
below the elbow crease, i.e. not at the site of the earlier IV, which has
healed without any change. No other lesions.

Impression: R forearm calciphylaxis; no preceding trauma at this spot.
Recs: STS with HD; binder adjustment per renal; nonadherent dressing if it
opens; pain control; avoid blood draws and IVs in the R arm where possible.
"""),
]}

C14 = {"patient_id": "C14", "age": 73, "sex": "F", "notes": [
("2024-06-03", "Medical Student H&P", """
MS3 H&P -- Team Aster, Northbrook Memorial
Student: Y. Castellano-Reid

CC: painful leg sores, sore tailbone

HPI: 73F (ESRD on thrice-weekly HD; DM2 needing insulin; AF -- warfarin
until January, then apixaban), admitted w/ worsening pain from calciphylaxis of both
lateral thighs, biopsy proven by derm in April 2024. Sits in a recliner most
of the day; daughter noticed a sore over the tailbone 1 week ago.
Meds: insulin glargine 20 u + correction scale (given into the abdomen),
apixaban 2.5 BID, sevelamer, cinacalcet.

Exam: T 37.0  HR 86 irreg  BP 136/74  BMI 29.9 (overweight)
Bilateral lateral thighs: several 2-4 cm eschars w/ retiform purpuric rims.
Abdomen: scattered small yellow-green bruises at injection sites.
Sacrum: 2 x 1.5 cm open area, shallow, base pink.
Labs: alb 2.8, Ca/P 9.9/6.7

A/P: calciphylaxis bilateral thighs; sacral wound; wound RN.
"""),
("2024-06-04", "Wound Care Nurse Note", """
WOUND RN CONSULT

1) Sacrococcygeal area: stage 2 pressure injury, 2.0 cm by 1.4 cm, partial thickness,
pink moist base, no slough. Cause: prolonged sitting in the recliner.
Tx: foam sacral dressing, turning q2h, pressure redistribution mattress.

2) Bilateral lateral thighs (calciphylaxis per derm): 4 eschars, largest
on R, 3.8 by 2.9 cm. Dry, stable. Tx: leave eschar intact, nonadherent
contact layer, gauze wrap.

3) R dorsal forearm: 1.5 cm skin tear from removal of IV securement tape
this morning. Tx: approximated the flap, silicone dressing.

Abdominal skin: small bruises only, intact.
"""),
("2024-06-05", "Intern Progress Note (SOAP)", """
PGY-1 SOAP -- hosp day 3

S: thigh pain 6/10, better w/ scheduled acetaminophen + low dose
hydromorphone. Tailbone sore "stings".
O: T 36.8  HR 80  BP 130/70
Thighs: eschars unchanged. Sacrum: foam dressing in place. R forearm skin
tear dressed.
Labs: phos 5.8, Ca 9.6

A/P
#Calciphylaxis, lateral thighs -- STS with HD; pain regimen as above
#Sacral stage 2 PI -- turns q2h, offloading cushion for the recliner at home
#Skin tear R forearm -- silicone dressing, no more adhesive tape on her skin
#DM2 on insulin -- glargine 16 u while eating less
#AF -- apixaban
"""),
("2024-06-06", "Attending Addendum", """
ATTENDING ADDENDUM -- Dr. E. Lindgren-Osei

Seen with the team. To keep the diagnoses straight for the students:
- The sacral wound is a stage 2 pressure injury, not calciphylaxis; it
looks nothing like her thigh lesions and has a clean pink base.
- The abdominal bruises are from her insulin and correction-scale
injections; the abdominal skin has no retiform purpura or induration.
- The forearm skin tear is from tape.
- Calciphylaxis is confined to both lateral thighs. She has had no
injections, heat, cold, braces or falls involving the thighs.
Warfarin was stopped in January, appropriate. Continue current plan.
"""),
]}

PATIENTS = [C08, C09, C10, C11, C12, C13, C14]
