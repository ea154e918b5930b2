"""probe39 corpus notes, T08-T14 (orthopaedics, rehabilitation and emergency; all invented)."""

T08 = {"patient_id": "T08", "age": 55, "sex": "M", "notes": [
("2021-09-06", "Sports Medicine / Physiotherapy Assessment", """
Physio initial assessment - referred by GP for L knee pain and stiffness
Subjective: Came off his e-scooter in July on a gravel path, skinned both knees (no hospital visit, cleaned them himself). R knee healed fine. L knee "never settled": from August a hard, very painful purple-black patch developed over the front of the L kneecap, now can't kneel or bend past 70 because of skin pain.
PMH: kidney failure on PD at home (4 exchanges/d), gout. Not diabetic. No blood thinners.
Objective: L prepatellar: 4 cm firm violaceous plaque, central dry black crust, mottled net pattern around. R knee: pale healed graze marks.
ROM L knee 0-70 (limited by skin pain, not joint). Effusion nil.
Plan: not appropriate for manual therapy over lesion; letter to GP requesting urgent derm review. Ht 1.80 Wt 91 BMI 28.1
"""),
("2021-09-20", "Dermatology Outpatient Letter", """
Dear Dr Whitcombe,
I reviewed Mr Aurelio Santangelo (55) regarding his left knee. He has ESRD managed with peritoneal dialysis. He grazed both knees falling from an electric scooter in July 2021, and in August a painful plaque appeared within the left knee graze.
Examination: left prepatellar indurated plaque 4.5 cm, central eschar, surrounding retiform purpura. Incisional biopsy taken today; preliminary frozen sections already show calcified subcutaneous vessels; formal report to follow, but I am confident this is calciphylaxis arising in previously abraded skin.
BMI 28.4.
Yours sincerely,
Dr L. Ferreira-Quist
"""),
("2021-10-04", "Nephrology Clinic", """
Renal clinic
55M w/ calciphylaxis L knee (bx 9/20 final: confirmed, von Kossa +).
Interval: PD peritonitis 9/27 -> PD catheter removed, now in-centre HD (TTS) through a right IJ tunnelled catheter. Plans to stay on HD.
Meds: sevelamer, cinacalcet started, STS 25g IV each session.
No DM, no warfarin. L knee wound being dressed by district nurses, smaller.
"""),
]}

T09 = {"patient_id": "T09", "age": 63, "sex": "F", "notes": [
("2018-01-22", "ED Provider Note", """
CC: R shoulder pain after fall
63F slipped on black ice in church parking lot this AM, fell onto R side. Pain R shoulder, can't lift arm. Also bruised R hip, ambulatory.
PMH: ESRD - dialyzes Mon/Wed/Fri (HD), DM2 - Levemir 20u BID, HTN, obesity. Meds reviewed. No anticoagulation.
Exam: R shoulder TTP, swelling, ecchymosis forming. NVI. R lateral hip: 4 cm contusion, FROM hip.
XR: 2-part R proximal humerus fx (surgical neck), minimally displaced. Hip XR neg.
Plan: sling, ortho f/u 1 wk, oxycodone renally dosed, PT referral.
BMI 38.5
"""),
("2018-03-05", "Outpatient Physical Therapy Note", """
OP PT - R prox humerus fx, wk 6, out of sling.
Pendulums + AAROM. Flexion 95 AAROM, ER 20.
New issue: pt cannot lie on her L side at night due to a "burning lump" on outer L thigh for about 3 weeks. Pt states her husband gives her insulin shots in the R thigh only ("left side is for the HD nurses to check my legs") and she has not bumped or hurt her left leg. Visualized: ~5cm dusky purple indurated area L lateral thigh, black center.
Advised to see her nephrologist this week; sent message.
"""),
("2018-03-14", "Dermatology Consult", """
Consult: painful lesion L thigh, HD pt
Exam: L lateral thigh 6x4cm necrotic plaque w/ retiform purpura; R thigh (insulin site) shows mild lipohypertrophy only, no purpura or ulcer.
Biopsy (3/9): subcut arterioles calcified + thrombosed, fat necrosis. = calciphylaxis.
By history nothing has injured, heated or been injected into the L thigh.
Counselled: risk of new lesions at sites of injection or injury - rotate insulin into abdomen rather than thighs going forward, avoid heating pads and ice.
BMI 38.5.
"""),
]}

T10 = {"patient_id": "T10", "age": 77, "sex": "M", "notes": [
("2020-10-20", "EMS Patient Care Report", """
DISPATCH: 21:14 fall, elderly male. ON SCENE 21:22.
NARRATIVE: Pt found sitting on kitchen floor, A&Ox4. Per pt lost balance turning with his walker and fell, striking L calf on walker frame. Denies head strike/LOC. Wife states pt already had a "bad sore on that leg" bandaged since beginning of the month, kidney doctor looking at it.
ASSESSMENT: L posterior calf - dressing in place, saturated with small amt blood, new skin tear/abrasion 3 cm just below dressing. Pedal pulses present. PMS x4.
HX: dialysis (HD), blood clot on warfarin.
VS: BP 148/82, HR 88, SpO2 96% RA, BGL 112.
TX: dressing reinforced, assisted to stretcher. Transport to ED, non-emergent.
"""),
("2020-10-20", "Emergency Department Note", """
77M w/ ESRD on HD (TTS) and hx PE on warfarin presents after mechanical fall at home tonight, struck L calf on walker. INR 3.1.
The L calf wound predates tonight's fall - per pt and wife it began on 10/05/2020 as an extremely painful violet spot, now a 3x2cm ulcer, black base, livedo around. Pt emphatic: nothing hit or cut that leg beforehand. Nephrology (Dr. Kuznetsova) has biopsy scheduled 10/23 for suspected calciphylaxis.
Tonight: additional 3 cm skin tear inferior to ulcer, steri-stripped. No fx on XR.
BMI 24.0. Not diabetic.
Dispo: home w/ wife, keep biopsy appt.
"""),
("2020-11-02", "Wound Care / Nephrology Joint Note", """
Calciphylaxis clinic
Bx 10/23 L calf ulcer edge: circumferential calcification of small vessels in subcut fat w/ thrombi -> confirmed calciphylaxis.
Timeline reviewed: ulcer onset 10/5; fall with skin tear to the L calf on 10/20, i.e. 2 wks after the ulcer was already present. No earlier trauma.
Warfarin -> switched to apixaban today after discussion w/ heme.
Plan: STS with HD, local care, PT for walker safety/fall prevention.
"""),
]}

T11 = {"patient_id": "T11", "age": 59, "sex": "F", "notes": [
("2019-04-09", "Orthopaedic Fracture Clinic", """
Humeral shaft fx R, mid-third, closed - 1 wk post injury (tripped over grandson's toy 4/1).
Coaptation splint + collar'n'cuff sling in situ. Radial nerve intact, wrist ext 5/5.
PMH: ESRD on PD (CAPD), DM2 diet controlled, morbid obesity BMI 44.1, OSA on CPAP.
Plan: convert to Sarmiento functional brace next visit. Ice to R arm for swelling as needed.
"""),
("2019-05-07", "Physiotherapy Note", """
PT - R humeral shaft fx in functional brace
Pt reports the sling strap had been digging into R side of neck - red line, skin intact, padded with gauze roll. Pt also using ice packs on the R upper arm 2-3x/day for pain.
AROM elbow 10-120, shoulder pendulums.
Pt mentioned "awful dark sore spots inside both legs up high" for ~2 wks; did not examine (clothing), encouraged to tell PD nurse today.
"""),
("2019-05-16", "Dermatology Consult", """
Derm - PD unit referral
59 y.o. F on CAPD, c/o painful inner-thigh lesions x 3 wks.
O/E bilateral medial thighs: several 2-5 cm indurated violaceous plaques, two with black eschar, retiform purpura. Neck: faint linear erythema R side, no ulcer. R arm: functional brace, skin intact.
Denies injections, heat, ice or any injury to the thighs.
Biopsy (L medial thigh, today): calcific arteriolopathy with thrombi - calciphylaxis, given clinical picture (path confirmed 5/20 addendum).
No insulin, no warfarin.
"""),
]}

T12 = {"patient_id": "T12", "age": 67, "sex": "M", "notes": [
("2024-04-11", "Inpatient Rehab Nursing Note", """
Skin/pain note 1500
Resident in IRF for R trimalleolar ankle fx s/p ORIF 3/26 (fell off a step-stool cleaning gutters). R ankle incisions healing, staples out.
New: pt c/o severe pain R outer thigh, states "it came on Monday" (4/8) as a painful red-purple lump. Area now ~4 cm firm purple w/ small dark center, lacy purple edge, R lateral mid-thigh. No known injury there; pt denies bumps or falls since admission.
Cold pack applied x 20 min 4/10 for comfort at pt request - minimal relief.
MD notified; on HD TTS, pt to be seen by nephro at HD tomorrow.
"""),
("2024-04-16", "Dermatology Consult", """
R lateral thigh lesion, onset 04/08/2024.
Bx 4/12 (punch, at lesion edge): vessel wall calcium, thrombi, necrosis of fat - calciphylaxis.
HD since 2015, not diabetic, previously on warfarin (stopped 2022 for GI bleed), BMI 31.5 / obese. Recent R ankle ORIF - distant from lesion.
Plan: debridement of eschar by wound team, STS with HD, no more cold packs to the area.
"""),
("2024-04-23", "Wound Care Note", """
Wound RN
R lateral thigh calciphylaxis wound. Bedside sharp debridement 4/22 of loose black eschar, 4.2 x 3.6 cm, base 60% yellow slough. Silver alginate + foam, secured with paper tape; periwound skin shows mild tape stripping - switched to tubular netting.
Pain premedication helpful. Pt participating in gait training, 150 ft with FWW.
"""),
]}

T13 = {"patient_id": "T13", "age": 52, "sex": "F", "notes": [
("2025-03-03", "EMS Run Sheet", """
UNIT M-7. Call: fall, wrist injury.
52F at bus shelter, tripped on curb, fell forward landing on L hand. Obvious deformity L wrist. Pt also states her "belly has hurt like fire for weeks, unrelated". Denies hitting abdomen, head or chest.
Hx per pt: kidney failure, dialysis Tu/Th/Sa (last 3/1), sugar diabetes on pills.
Splinted L wrist in position found, ice pack to L wrist. Fentanyl 50 mcg IN.
Transported to ED.
"""),
("2025-03-03", "Emergency Department Note", """
52F, ESRD on HD, DM2 (glipizide), BMI 47.8. No anticoagulants.
L wrist: dorsally angulated distal radius fx -> closed reduction under hematoma block, sugar-tong splint; post-reduction XR acceptable. Ortho f/u.
Incidental: on exam of abdomen, L lower pannus has a 9x6cm stellate black eschar, mottled purple skin around it, exquisitely tender. Pt says it started as a small painful purple area ~1 month ago. She denies insulin or any injections into her stomach, heating pads, ice, tight belts/waistbands or any injury there.
A/P: ?calciphylaxis of pannus - admit to medicine, derm consult, wound care.
"""),
("2025-03-06", "Dermatology Consult Note", """
Pannus ulceration, L lower abdomen.
Punch bx (3/4): intravascular and mural calcification of subcutaneous arterioles, thrombi, lobular panniculitis. Diagnosis: calciphylaxis.
No trauma history at the site. Pt uses no insulin; oral agents only.
Recs: 1) when SC heparin is started for VTE ppx, inject upper arms only, never the abdomen; 2) avoid heating pads, ice or tight binders on the abdomen; 3) STS 3x/wk w/ HD; 4) surgical consult for possible debridement if infected.
"""),
]}

T14 = {"patient_id": "T14", "age": 70, "sex": "M", "notes": [
("2022-06-13", "ED Note", """
70M fell ~6 ft from ladder trimming hedges, inverted L ankle. Swelling and ecchymosis L lateral ankle.
XR: displaced L distal fibula (Weber B) fx.
PMH: ESRD, HD MWF. Afib on warfarin (INR 2.4). No DM.
Posterior splint, NWB, crutches (pt unsteady) -> knee scooter Rx. Ortho f/u.
BMI 26.2
"""),
("2022-07-18", "Orthopaedic Cast Clinic", """
Short leg cast L removed at 4 wks (non-op mgmt).
Skin check: 1.5cm shallow open area, posterior L heel under cast padding edge - stage 2 cast-related pressure injury (cast sore), pink base, no necrosis, nontender. Lateral ankle bruising faded to yellow.
Plan: CAM boot with heel offloading, foam dressing to heel, f/u 3 wks.
"""),
("2022-08-08", "Nephrology / Dermatology Note", """
HD pt, afib on warfarin.
Two wks of severe pain and dark plaques on both buttocks. Exam: symmetric 6-8 cm indurated purple plaques with central eschar over bilateral buttocks, retiform margins.
Biopsy R buttock 8/3: calciphylaxis (mural calcification + thrombi of small subcutaneous vessels).
He recalls nothing injuring, heating, pressing on or injected into the buttocks.
The L heel wound from the cast is a healing pressure injury (clinically typical, painless, granulating) - not calciphylaxis. Ankle fx healing.
Plan: warfarin -> apixaban, STS, pain control.
"""),
]}

PATIENTS = [T08, T09, T10, T11, T12, T13, T14]
