"""Probe15 corpus notes, N08-N13 (all invented; surgical and procedural transcription style)."""

N08 = {"patient_id": "N08", "age": 63, "sex": "F", "notes": [
("2022-02-14", "Surgical History and Physical", """
GENERAL SURGERY HISTORY AND PHYSICAL (TRANSCRIBED)

CHIEF COMPLAINT: Painful black wound under the belly fold.

HISTORY OF PRESENT ILLNESS: 63-year-old female. ESRD, hemodialysis via a left forearm loop graft; type 2 diabetes controlled with glipizide and sitagliptin (she has never been on insulin or any injected medicine), and morbid obesity with a BMI of 43.1. Since mid-January she has had an enlarging, extremely painful area on the lower pannus. It started as a firm purple patch on both sides of the skin fold and has progressed to a black center with foul odor. She denies any injury to the area, heating pads, ice, tight girdles or binders. She has not had surgery on the abdomen.

PAST SURGICAL HISTORY: Coronary artery bypass grafting x3 in 2019 via median sternotomy with endoscopic saphenous vein harvest from the left leg; the lower sternal incision opened superficially two weeks after that operation and healed with packing over six weeks. Left forearm AV graft 2020. Cataract surgery.

PHYSICAL EXAMINATION: Temp 37.9. Pannus: spanning the lower fold from the right to the left of midline there is a 12x8 cm necrotic plaque capped by black eschar, surrounding stellate violaceous induration and livedo extending 4 cm above. Sternotomy scar and left medial thigh and calf vein-harvest scars are well healed without discoloration. No other skin lesions.

ASSESSMENT AND PLAN: Suspected calciphylaxis of the pannus, with possible superinfection. Punch biopsy at bedside from the margin, blood cultures, IV vancomycin and cefepime dosed for HD. Plan excisional debridement once tissue diagnosis is back.
"""),
("2022-02-18", "Surgical Pathology Report", """
SURGICAL PATHOLOGY
Specimen: Skin, lower abdominal pannus, punch x2.
Diagnosis: Calciphylaxis. Mural calcium in subcutaneous vessels of small and medium caliber, intravascular thrombi, extensive fat necrosis with calcium deposition. Gram stain shows mixed surface bacteria in necrotic debris without deep tissue invasion.
"""),
("2022-02-22", "Operative Report", """
OPERATIVE REPORT

DATE: 02/22/2022
PREOPERATIVE DIAGNOSIS: Calciphylaxis of the pannus, proven on biopsy, with necrosis.
PROCEDURE: Excisional debridement of abdominal wall skin and subcutaneous tissue, 14 x 9 cm; placement of negative pressure dressing.
ANESTHESIA: General. EBL: 250 mL. BMI today 42.7.

DESCRIPTION: Supine on a bariatric table with side extensions; arms out on padded boards, left forearm graft protected. The pannus was elevated cephalad and held with wide silk tape anchored to the chest wall for exposure. Prepped with chlorhexidine. The eschar and all grayish, noncontracting fat were excised with electrocautery until healthy yellow bleeding fat was reached, leaving a bed on the anterior rectus fascia. Tissue sent for pathology and culture. Irrigated with 3 L saline. A large VAC was placed at -125 mmHg. Tape removed from the chest; skin beneath intact. To recovery in stable condition.
"""),
]}

N09 = {"patient_id": "N09", "age": 57, "sex": "M", "notes": [
("2023-09-12", "Dermatology Consult Note", """
DERMATOLOGY CONSULT

CC: left leg ulcer.
HPI: 57M with ESRD on HD (R brachiobasilic fistula), insulin-treated type 2 diabetes (glargine plus lispro, all given in the abdomen), atrial fibrillation on warfarin for six years, BMI 35.1. In August a painful red-purple mottling appeared on the posterior left calf and over several weeks became two black ulcers. He denies any bump, fall, insect bite or scratch involving the leg; no compression stockings; no heat or cold applied. No procedures on the leg.
EXAM: Posterior left calf: two coalescing ulcers 3 x 2 and 4 x 3 cm each capped by black eschar, within a 10x8 cm field of retiform purpura and livedo racemosa, marked tenderness. Abdomen: lipohypertrophic injection areas, no purpura. Right leg clear.
A/P: Clinical picture suggests calciphylaxis; differential warfarin necrosis (on long-term, stable dose - unlikely), vasculitis, cholesterol emboli. Two 4 mm punch biopsies obtained today from the margin. Hold off on debridement until path.
"""),
("2023-09-19", "Dermatology Telephone Note", """
Called patient with biopsy result: both left posterior calf specimens show subcutaneous arterioles with calcium in the walls and thrombosis, plus panniculitis with calcium deposits - consistent with calciphylaxis. Discussed with his nephrologist Dr. Abeyta, who will start sodium thiosulfate on Monday and coordinate switching warfarin to apixaban. Plastic surgery referral placed for debridement and coverage. Patient verbalized understanding.
"""),
("2023-10-10", "Operative Report", """
PLASTIC SURGERY OPERATIVE REPORT

DATE: 10/10/2023
DIAGNOSIS: Calciphylaxis ulcers, left posterior calf, 9 x 6 cm combined.
PROCEDURES: 1. Excisional debridement, left calf, skin and subcutaneous tissue, 62 sq cm. 2. Split-thickness skin graft, 60 sq cm, donor left anterolateral thigh. 3. Negative pressure bolster dressing.
ANESTHESIA: General endotracheal. EBL: 75 mL.
TOURNIQUET: Left thigh, applied but not inflated.

DESCRIPTION: Induced supine on the stretcher, then turned prone onto the table with chest rolls, forehead in a foam face cradle, knees on gel pads, feet on a pillow; arms up on padded boards with the fistula arm free of pressure. A pneumatic tourniquet was placed on the upper left thigh. The left leg was prepped and draped circumferentially. The eschar and necrotic fat were excised sharply to bleeding tissue; the gastrocnemius fascia was preserved. Hemostasis with bipolar cautery and thrombin spray. A 0.014 inch graft was harvested from the left anterolateral thigh with the Zimmer dermatome, meshed 1.5:1, and secured with staples. A VAC bolster was applied over the graft at -75 mmHg. Donor site dressed with a silver foam. Patient turned supine and extubated.
"""),
("2023-11-07", "Plastic Surgery Clinic Note", """
PLASTIC SURGERY CLINIC - 4 WEEKS POST-GRAFT

Left posterior calf: approximately 60 percent of the graft has been lost in the central portion with new dark eschar in the bed; the periphery has taken. Livedo has receded somewhat. Donor site on left thigh re-epithelialized, pink, no lesions.
Continuing thiosulfate with HD three times weekly. Now on apixaban. BMI 34.8.
Plan: no further grafting for now; local wound care with nonadherent contact layer and foam, follow every 2 weeks, consider hyperbaric referral.
"""),
]}

N10 = {"patient_id": "N10", "age": 79, "sex": "F", "notes": [
("2021-11-19", "Orthopaedic Consult / Preoperative H&P", """
ORTHOPAEDIC SURGERY CONSULTATION AND PREOPERATIVE HISTORY AND PHYSICAL

HPI: 79-year-old woman who lost her balance getting out of the bathtub on 11/18/2021 and fell onto her left side. She could not bear weight afterwards. Displaced left femoral neck fracture on X-ray. She takes warfarin for atrial fibrillation (since 2014); INR 3.1 on arrival, reversed with vitamin K and 4-factor PCC.
Of separate note, her daughter reports a "very sore dark spot" on her outer left thigh that she first saw on 11/03/2021, more than two weeks before this fall; it has been getting blacker, and her mother has been limping because of it.

PMH: Atrial fibrillation, hypertension, osteoporosis. Renal function normal (creatinine 0.8, eGFR 68). No diabetes. BMI 24.3.

EXAM: Left leg shortened and externally rotated. New ecchymosis over the left lateral hip and proximal thigh from the fall. In the mid left lateral thigh, separate from the bruise, a 4x3 cm indurated plaque, black center, and lacy purple rim, exquisitely tender.

PLAN: Left hip hemiarthroplasty tomorrow. Dermatology consult for the thigh lesion; medicine to hold warfarin.
"""),
("2021-11-20", "Operative Report", """
OPERATIVE REPORT

DATE: 11/20/2021
PROCEDURE: Left hip cemented bipolar hemiarthroplasty, posterior approach.
ANESTHESIA: Spinal. EBL: 300 mL. DRAIN: None.

DESCRIPTION: Positioned right lateral decubitus on a peg board, axillary roll, all bony prominences padded; care was taken that neither the peg nor the drapes rested on the dressed plaque on the left lateral thigh, which was covered with a foam dressing and kept outside the sterile field. Prepped and draped. A curvilinear incision centered on the posterior greater trochanter was made, the short external rotators and capsule taken down as a single flap, the head removed and sized at 46 mm. The canal was broached, cement introduced, and the stem placed. The bipolar head was reduced; stable. Capsule and rotators repaired through drill holes. Fascia lata closed, subcutaneous 2-0 Vicryl, skin staples.
"""),
("2021-11-29", "Dermatology Consult Note", """
DERMATOLOGY CONSULT

Asked to see: left lateral thigh necrotic plaque.
History: lesion noted 11/03/2021 by family, well before her fall (11/18) and hip hemiarthroplasty (11/20). No trauma to the thigh before it appeared; no injections, no heat. On warfarin since 2014.
Exam: left lateral thigh: 5x4 cm black eschar with stellate purpuric border and subcutaneous induration. The posterior hip incision is clean; fall-related bruising on the lateral hip is fading. BMI 24.3.
Biopsy performed 11/24 (6 mm punch, edge of lesion).
ADDENDUM 12/01: Pathology shows mural calcification of small vessels deep in the fat, thrombi, fat necrosis; von Kossa stain positive. Diagnosis: non-uremic calciphylaxis, likely warfarin-associated. Warfarin discontinued; apixaban started by cardiology. Intravenous sodium thiosulfate arranged.
"""),
]}

N11 = {"patient_id": "N11", "age": 72, "sex": "M", "notes": [
("2019-06-05", "Operative Report", """
JOINT REPLACEMENT CENTER - OPERATIVE NOTE

DATE OF SURGERY: 06/05/2019
PROCEDURE: Right TKA (cemented, posterior-stabilized design).
ANESTHESIA: Spinal plus adductor canal block. EBL: 100 mL.
TOURNIQUET: Right upper thigh, 300 mmHg, 78 minutes.

INDICATION: 72M, end-stage osteoarthritis of the right knee, ESRD on hemodialysis (left arm fistula), type 2 diabetes on insulin (NPH into the abdomen), BMI 30.2.

DESCRIPTION: Supine, bump under the right hip, foot holder set for 90 degrees of flexion. Tourniquet over Webril on the right upper thigh. Prep with chlorhexidine, impervious stockinette, Ioban. Leg exsanguinated with an Esmarch and tourniquet inflated. Anterior midline incision and medial parapatellar arthrotomy. Standard bone cuts, balancing, trial, then cementing of femoral, tibial and patellar components. Tourniquet released after cement cured. Arthrotomy closed with barbed suture, subcutaneous 2-0, skin with staples. Compressive dressing.
"""),
("2024-02-06", "Dermatology Consult Note", """
DERMATOLOGY CONSULT

HPI: 72M, HD since 2016, insulin-requiring diabetes (NPH, abdomen), BMI 30.2. Since January, painful purplish patches on the inner left thigh, now with two black crusts. Walking worsens it. No falls, bumps, injections or heat on the left leg. Had a right knee replacement in 2019 with a tourniquet on that thigh; no issues since.
EXAM: Left medial thigh, middle third: 8x5 cm field of retiform purpura with two eschars (1.5 and 2 cm), woody induration, exquisite tenderness. Right thigh, right knee scar and the abdomen are without lesions.
A/P: Strong concern for calciphylaxis. Incisional biopsy to fat obtained today. Sodium thiosulfate discussed with nephrology pending result.
"""),
("2024-02-12", "Dermatology Result Note", """
Result review: left medial thigh incisional biopsy - small arterioles of the subcutis calcified and thrombosed, lobular calcium deposition and necrosis, diagnostic of calciphylaxis.
Final diagnosis: Calciphylaxis, left medial thigh. Nephrology starting thiosulfate with HD; cinacalcet up-titrated; wound care referral placed.
"""),
]}

N12 = {"patient_id": "N12", "age": 55, "sex": "F", "notes": [
("2023-03-07", "Interventional Radiology Procedure Note", """
INTERVENTIONAL RADIOLOGY PROCEDURE NOTE

Procedure: Image-guided placement of right chest single-lumen power-injectable port via the right internal jugular vein.
Date: 03/07/2023
Indication: Adjuvant chemotherapy for stage III sigmoid adenocarcinoma, status post sigmoid colectomy with end colostomy. Limited peripheral access (left upper arm AV graft for hemodialysis).
Operators: K. Yamamura, MD (attending); fellow.
Sedation: Moderate, midazolam 1 mg and fentanyl 50 mcg, 25 minutes of intraservice time with independent observer.
Local: 1% lidocaine 12 mL.
Technique: Supine, head turned left. Right neck and chest prepped with chlorhexidine and draped. Ultrasound showed a patent compressible right IJ; permanent image stored. Micropuncture access, upsized. A 3 cm pocket was made in the right upper chest below the clavicle with blunt dissection; the catheter was tunneled to the venotomy and cut to length under fluoroscopy, tip at the cavoatrial junction. Port flushed and aspirated well. Pocket closed with 3-0 Vicryl deep and 4-0 Monocryl subcuticular, Dermabond. Venotomy Steri-Stripped.
EBL: under 5 mL. Complications: none.
Patient: 55F, ESRD on HD, no diabetes, BMI 22.8.
"""),
("2023-08-15", "Wound Ostomy Continence Nurse Note", """
WOC NURSE OUTPATIENT VISIT

Referred by oncology for (1) peristomal skin and (2) painful sores on both legs.

(1) End colostomy left lower quadrant, 30 mm, budded. Peristomal skin shows moist red irritant dermatitis at 4 to 6 o'clock from leakage under a cut-too-large barrier. Resized to 31 mm, stoma powder and skin barrier film, convex barrier ring.

(2) She reports that sores on both shins started 3 weeks ago as painful red-purple netting and have turned black. Nothing hit her legs; she wears no compression hose. Left shin 3 x 2 cm and right shin 4 x 3 cm black eschar with violaceous lacy borders; smaller purpuric patches on the right lower calf. Extremely painful to light touch. Pedal pulses palpable. Right chest port site, healed midline laparotomy and the stoma are not involved.

These are not venous or pressure ulcers. With dialysis and these features I have asked nephrology and dermatology to see her this week. Dressed with silicone contact layer and foam, secured with tubular gauze rather than tape.
"""),
("2023-08-22", "Nephrology Clinic Note", """
NEPHROLOGY CLINIC

Dermatology biopsied the right shin on 08/17; pathology: dense calcium deposits in small subcutaneous arterial walls, thrombi, calcified fat necrosis - calciphylaxis confirmed.
Assessment: calciphylaxis of both shins in a 55-year-old woman on HD; no trauma preceded the lesions and none of her procedure sites (port, colostomy, laparotomy) are involved. Not diabetic, no warfarin. Ca x P elevated (10.2 x 6.9). BMI 22.5.
Plan: sodium thiosulfate 25 g post-HD TIW, switch to lanthanum, hold vitamin D analog, coordinate with oncology regarding chemotherapy timing, pain management.
"""),
]}

N13 = {"patient_id": "N13", "age": 64, "sex": "M", "notes": [
("2022-01-20", "Nephrology Progress Note", """
NEPHROLOGY - HD PROGRESS NOTE

64M on HD since 2017 (R forearm AVF), insulin-treated type 2 diabetes (insulin injected in the abdomen), BMI 28.0. Calciphylaxis of both calves, confirmed on biopsy this month; the lesions began in December 2021 as painful mottling of both lower legs, with no preceding trauma, on the posterior calves. On sodium thiosulfate since 01/05. Ulcers on both calves unchanged, with dry eschar.
New issue: progressive low back pain with bilateral leg numbness and new urinary retention over 48 hours. MRI: severe L3-L5 stenosis with large L4-5 disc extrusion. Neurosurgery consulted emergently.
"""),
("2022-02-09", "Operative Report", """
NEUROSURGERY OPERATIVE REPORT

DATE OF OPERATION: 02/09/2022
PREOPERATIVE DIAGNOSIS: Cauda equina syndrome; L4-5 disc extrusion with L3-L5 stenosis.
OPERATION: L3, L4 and L5 laminectomies with L4-5 discectomy.
ANESTHESIA: General endotracheal. EBL: 350 mL. DRAIN: Hemovac subfascial drain.
NEUROMONITORING: SSEP and EMG, stable throughout.

DESCRIPTION: After induction supine, the patient was turned prone on a Jackson table with chest and iliac pads, knees resting on gel pads, arms on arm boards at less than 90 degrees, face in a foam headrest. The calf wounds were dressed and the lower legs supported on pillows with the calves free. A midline lumbar incision was made over L3-L5 after localization with fluoroscopy. Subperiosteal dissection, laminectomies with Leksell and Kerrison rongeurs, and a large sequestered fragment was removed from the L4-5 disc space. The thecal sac was decompressed and pulsatile. Hemovac drain left subfascially, exiting via its own stab incision right of the wound. Closure in layers; staples to skin. Operative time 3 hours 40 minutes.
"""),
("2022-02-16", "Wound Ostomy Continence Nurse Note", """
WOC NURSE NOTE - NEUROSURGERY FLOOR

Asked to assess skin after prone spine surgery.
Knees: stage 2 pressure injuries over both anterior knees from the prone positioning, partial thickness, pink moist bases 2 x 2 cm each, no necrosis, no purpura; expected to heal with offloading. These are positioning pressure injuries and not calciphylaxis.
Chest: blanchable redness at the pad sites, resolving.
Lumbar incision: staples intact, dry. Drain removed today.
Calves: known calciphylaxis ulcers (both posterior calves), eschar stable, no new lesions.
Plan: foam to knees, heels floated, pressure redistribution mattress, continue calf care per derm.
"""),
]}

PATIENTS = [N08, N09, N10, N11, N12, N13]
