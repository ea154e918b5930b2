"""probe180 corpus notes, F08-F14 (apheresis and transfusion medicine and the clinics around them; all invented)."""

F08 = {"patient_id": "F08", "age": 45, "sex": "M", "notes": [
("2024-03-05", "Photopheresis Treatment Note", """
ECP TREATMENT NOTE - chronic GVHD program
45M, AML (CR1) s/p MUD allo-SCT 2019, chronic GVHD skin (sclerotic) + mouth, NIH
severe. Transplant-associated TMA 2020 -> ESRD; dialyzes in-center 3x/wk (L
brachiocephalic fistula).
Steroid-induced diabetes on insulin glargine 18 u daily, injected into the thighs.
No warfarin.
Skin bx of the L flank last month (Dr. Halvorsen, 4 mm punch) c/w sclerotic cGVHD; site
healed, sutures out.
Access: R chest implanted apheresis port, 2 x 19G non-coring needles, good flow.
Cellex, 2-day cycle every 2 wks; today cycle 9 day 1. 1,500 mL processed.
VS: 112/70 -> 118/72, HR 90. Body Mass Index: 23.5. Weight 70.1 kg.
Tolerated. Pruritus less, skin tightness of trunk about the same, ROM at shoulders
slightly better per OT. Ruxolitinib continued, prednisone 10 mg.
Next cycle 3/19-3/20.
-- Dr. Annika Vasquez-Lindahl, Apheresis
"""),
("2024-04-16", "Hemodialysis Rounding Note", """
HD ROUNDS - Tues make-up run (holiday schedule shift)
S: 45M cGVHD/ESRD. c/o a painful hard lump on his L flank since late March, in the
spot where derm took the punch biopsy in Feb. "Feels like a hot coal." Skin otherwise
tight as before. Eating ok.
O: 128/76 pre, 117/70 post. Wt 69.6 kg. UF 2.0 L.
L flank in the midaxillary line, a hand above the iliac crest, centred on a small healed
punch scar: firm purple plaque 3x3cm, dusky stellate centre, tender. Rest of trunk:
bound-down sclerotic skin w/o ulcers.
Labs: Ca/P 10.2/6.1; PTH 455; Alb 2.9. On calcitriol.
A/P: ?calciphylaxis vs GVHD-related ulcer vs infection at old biopsy site. Derm asked
to see + deeper biopsy. Hold calcitriol, switch binder to sevelamer.
-- Dr. Wendell Achterberg
"""),
("2024-05-07", "Dermatology Consult", """
DERMATOLOGY - GVHD CLINIC / CONSULT
45M, allo-SCT, sclerotic cGVHD on ECP + rux, ESRD on HD, steroid DM on insulin.
Lesion L flank since late March 2024, at the scar of the 4 mm punch biopsy done in
February for GVHD staging.
Exam: L flank branching purpura 4x3.5cm, black eschar centrally, the old punch scar
in its centre; surrounding sclerosis. No other similar lesion.
Incisional biopsy 4/23 (L flank, deep): subcutaneous arterioles calcified and clotted,
necrotic adipocytes around them; calcium stain positive; no active interface GVHD seen.
Impression: calciphylaxis arising in a prior punch-biopsy site - a Koebner
phenomenon (procedure site). Counselled to keep any future GVHD biopsies to the minimum.
Plan: thiosulfate 25 g during each HD; calcitriol off (done); wound care; pain team;
ECP to continue.
BMI 23.1.
-- Dr. Sigrun Halvorsen
"""),
]}

F09 = {"patient_id": "F09", "age": 67, "sex": "M", "notes": [
("2025-01-08", "Apheresis Urgent Consult", """
APHERESIS - URGENT CONSULT (MICU)
67M Waldenstrom macroglobulinemia w/ hyperviscosity: blurred vision, epistaxis, headache.
IgM 6,240 mg/dL, serum viscosity 5.8 cP. Fundi: venous sausaging per ophtho.
ESRD on HD MWF (cast-like IgM nephropathy + HTN) via L upper arm AVF; fistula infiltrated
last week so HD unit is resting it.
PMH: obesity, HTN, OSA on CPAP. No DM. No warfarin.
Ht 180 cm, 95.2 kg, BMI 29.4.
Access: ICU placed a temporary 12 Fr double-lumen catheter in the R femoral vein
(R groin) at 13:30 under US, no complication. Will serve HD and TPE.
Plan: urgent TPE today 1.0-1.5 PV, replacement 5% albumin, then daily x2 and recheck
viscosity. Avoid RBC transfusion until viscosity down. Catheter out once the fistula is
usable again.
-- Dr. Eamon Cruickshank-Obi, Transfusion Medicine
"""),
("2025-02-25", "Hemodialysis Rounding Note", """
HD ROUNDS - Thornbury Dialysis, MWF
S: 67M WM on BR (bendamustine/rituximab), ESRD. Since mid-February has a burning, very
tender patch in the L groin crease, hard to walk. No fever. Vision back to baseline.
O: 152/84 -> 136/78. Weighs 94 kg today, BMI 29.0. AVF L upper arm, cannulating well again.
L inguinal fold extending onto upper medial thigh skin: 7 x 3 cm livedoid, indurated
plaque with two small black necrotic areas. R groin: healed pinpoint scar of the old
femoral line, skin otherwise unremarkable.
Labs: Ca/Phos 9.7/7.8, iPTH 1,020, Alb 3.1.
Assessment: this looks like uremic calciphylaxis. Derm for biopsy. Binder change to
sevelamer; start cinacalcet; STS after biopsy. Consider parathyroid surgery consult.
-- Dr. Marguerite Lassiter
"""),
("2025-03-06", "Dermatology Consult", """
DERMATOLOGY CONSULT
67M ESRD/HD, WM. Painful L inguinal plaque since mid-February 2025.
Exam: L groin crease: branching purpura 8x3.5cm, two central eschars, livedo at the
margin. R groin intact; the femoral pheresis/HD catheter (placed 1/8, removed 1/12) was on
the right only. Per pt and chart, the left groin has had no needles, no
lines, no injury, no heating, no pressure.
Path (punch x2, L groin, 2/28): calcified arterioles in the fat, thick intima, thrombi,
necrotic fat lobules; calcium stain +.
Impression: biopsy-confirmed calciphylaxis, left inguinal fold. The only local
instrumentation was on the opposite side, so no link to a prior skin trauma.
Plan: IV thiosulfate 25 g TIW on dialysis; dress with silver alginate; pain mgmt; parathyroid
evaluation.
-- Dr. Isolde Varga-Pennock
"""),
]}

F10 = {"patient_id": "F10", "age": 60, "sex": "F", "notes": [
("2016-12-01", "Peritoneal Dialysis Clinic Note", """
PD CLINIC
60F, ESRD (DM nephropathy) on APD, generalised myasthenia gravis on monthly TPE via R chest
port. DM2 on insulin glargine 34 u, into the abdomen, and lispro w/ meals.
S: since mid-November has had a painful plaque, L thigh, outer side, at about
mid-thigh. Derm biopsy 11/28: calciphylaxis (calcified arterioles, von Kossa+). Pain 8/10.
No falls. Nothing injected in her legs.
O: BP 146/88. Wt 92.3 kg. BMI of 33.9. PD exit site clean.
Lateral L thigh: hard purple plaque 7x5cm with a 2cm eschar in the centre, dressing in
place.
Labs: Ca/P 9.9/6.6; PTH 702; Alb 3.4; HbA1c 8.1.
Plan: biopsy-proven calciphylaxis of the lateral L thigh. Intraperitoneal thiosulfate not
offered here, so IV thiosulfate thrice weekly at our infusion suite. Switch to
non-calcium binder. Cinacalcet 30.
Apheresis team notified (TPE 12/13).
-- Dr. Benedikt Oyelaran-Shaw
"""),
("2016-12-13", "Apheresis Procedure Note", """
TPE PROCEDURE NOTE - myasthenia gravis, monthly maintenance
Access: R chest apheresis port, 2 needles. 1.0 PV, 5% albumin, ACD-A.
Pre VS 132/80, 86.
EVENT: at ~45 min, BP 78/40, pale, diaphoretic, "going to faint". Pump stopped, NS 500 mL
bolus. Before staff could recline the chair she slid forward off it onto the floor, landing
on her L side. Did not hit her head, stayed conscious. Assisted back to stretcher.
Exam after: A&Ox4, moving all limbs. New bruise, about 6x4cm, over the L lateral thigh along the
top border of her known calciphylaxis wound dressing; the dressing stayed on and the wound
itself did not bleed. L hip ROM full, no pain on axial load.
Procedure completed at reduced rate, BP 118/70 post.
Incident report filed. Fall precautions: reclined chair, bed alarm next sessions.
-- N. Huisman RN / Dr. Florian Maddox-Achebe
"""),
("2017-01-10", "Wound Care Clinic Note", """
WOUND CARE - follow-up
60F PD, MG. Calciphylaxis of L lateral thigh, biopsy-proven 11/28/16, onset mid-November.
Fell during plasma exchange 12/13/16 onto the L thigh: bruise now yellow-green, fading,
at the upper margin of the wound. The calciphylaxis predates the fall by about a month.
Wound: L lateral thigh 8x5.5cm; eschar (black) 70 percent, slough 30 percent; a little
serous fluid; livedo rims the wound. Slightly larger than in December.
Care: enzymatic debridement (collagenase), calcium alginate, bordered foam, change daily
by husband. IV STS continuing. For pain, hydromorphone 1 mg by mouth up to every 4 h.
Vitals 140/82, afebrile. Wt 91.8 kg.
F/u 2 weeks.  -- Ingrid Osei-Maunder, CWOCN
"""),
]}

F11 = {"patient_id": "F11", "age": 72, "sex": "M", "notes": [
("2024-09-04", "Dermatology Consult", """
DERMATOLOGY CONSULT - outpatient
72M ESRD; Rosemont unit, Tu-Th-Sa HD; DM2 using insulin (glargine + aspart; he doses into
the abdomen and the backs of the arms), atrial fib anticoagulated w/ warfarin for 6 yrs, CHF.
HPI: a sore, darkening patch on his R lateral hip, present since late August. Denies a
fall or bump; nothing hot or cold applied there; no injections there. Sleeps supine.
Exam: lateral R hip, skin over the trochanteric prominence: purple star-shaped plaque
5x4cm, centre starting to necrose, livedo around; hard, tender. L hip, abdomen and thighs unremarkable.
Procedure: punch biopsy (6 mm) x2, margin of R hip plaque; sutured.
Impression: concern for calciphylaxis; differential warfarin necrosis, vasculitis.
Weight 99.1 kg, height 182 cm, BMI 30.0.
Addendum 9/9: arteriolar calcification + thrombi, von Kossa +. Calciphylaxis confirmed.
Asked cardiology to move warfarin to apixaban; HD unit to start STS.
-- Dr. Leopold Nakashima-Byrne
"""),
("2024-10-02", "Transfusion Reaction Investigation", """
BLOOD BANK - TRANSFUSION REACTION WORKUP
Reported 10/02/2024 11:15 by Rosemont Dialysis. Red cells, irradiated/leukoreduced, B POS.
Pt: 72M, B POS, screen neg, DAT neg pre. ESRD/HD, calciphylaxis R hip on STS, apixaban
(warfarin stopped 9/2024).
Event: 70 min into unit during HD: T 36.8 -> 38.6, rigors, BP 142/78 (unchanged), no
hypoxia, no urticaria. Transfusion stopped, acetaminophen given.
NPWT dressing on R hip intact during the event.
Workup: clerical ok; repeat ABO/Rh concordant; post DAT neg; no visible hemolysis, LDH,
bili unchanged; Gram stain of bag neg, cultures pending (no growth 48 h).
Interpretation: febrile non-hemolytic transfusion reaction (FNHTR), probable.
Recs: acetaminophen premed; ok to continue prestorage leukoreduced products.
-- Dr. Oksana Brightwater, Transfusion Medicine
"""),
("2024-10-22", "Wound Care Clinic Note", """
WOUND CLINIC - calciphylaxis R lateral hip
72M HD pt, onset late Aug 2024, bx-proven 9/9. On IV STS with HD, apixaban.
Wound today: 6x4.5cm; eschar about 60 percent, slough the rest; serosanguinous drainage (mod),
no tunneling. Periwound livedo.
Procedure: sharp selective debridement down to bleeding viable tissue, 18 cm2, scalpel
and forceps, minimal bleeding controlled with pressure. Intralesional sodium thiosulfate
(250 mg/mL, 2 mL total) injected around the wound margin after lidocaine.
NPWT reapplied at -100 mmHg with drape and tape to periwound skin; changes M/W/F at HD.
Also sent for HBOT evaluation.
BP 136/72, afebrile. Wt 98.0 kg (scale at clinic).
Glucose log 150s-220s, insulin adjusted by PCP.
RTC 1 wk.  -- Tamsin Weatherall-Diop, NP
"""),
]}

F12 = {"patient_id": "F12", "age": 55, "sex": "F", "notes": [
("2026-02-03", "Dermatology Consult", """
DERMATOLOGY CONSULT
55F with ESRD from hypertensive nephrosclerosis, HD three days a week; AF on warfarin;
no diabetes.
HPI: 5 wks of painful spots on both calves, now open. She denies any injury, bumps,
insect bites, scratching, heat or ice on the lower legs; never had a shot in the legs; no
compression garments. Walks with a cane, no falls.
Exam: back of both calves: several star-shaped ulcers (1 to 3 cm), black eschar, set in
livedo racemosa; indurated. Feet warm, DP pulses 1+.
Punch bx R and L calf (edge) done today.
Impression: probable calciphylaxis; ddx warfarin necrosis, cholesterol emboli.
Weight 80.2. BMI 29.9 (overweight; obesity not diagnosed).
Addendum 2/6: both specimens show calcium-stain-positive small arterioles plugged with
thrombus -> calciphylaxis.
Recs: hold warfarin (discuss with cardiology); STS w/ HD; wound care; consider surgical
debridement of the calf ulcers if infected.
-- Dr. Katarzyna Oduya-Fleming
"""),
("2026-02-19", "Blood Bank Consult", """
TRANSFUSION MEDICINE - PRE-PROCEDURE CONSULT
Request: crossmatch 2 u for planned surgical debridement of bilateral calf calciphylaxis
ulcers (tentatively 2/26, general surgery).
Pt: 55F, O POS. Antibody screen POS: anti-K and anti-Fya identified today (prior records
from Mercer Valley show anti-K 2019, after pregnancy transfusion).
Frequency: K-neg ~91%, Fy(a-) ~34% -> ~31% of O units compatible; reference lab confirming.
Recs:
- K-neg, Fy(a-) red cells, AHG crossmatch; 2 units can be ready within 24 h notice.
- Hgb today 8.8 on ESA; no transfusion needed unless blood loss.
- Warfarin held since early Feb, INR 1.3 today.
If surgery goes ahead, keep a current sample (72 h rule).
Pt counselled about antibody card.
-- Dr. Rasmus Achterhof, Transfusion Medicine
"""),
("2026-03-10", "Hemodialysis Rounding Note", """
HD ROUNDS
S: 55F, calciphylaxis both calves (bx-proven Feb 2026). She declined the surgical
debridement after talking to her family; would rather keep trying dressings.
Pain 5/10, better on STS.
O: 134/76 -> 120/70. EDW 79.5 kg. Both posterior calves: eschars dry, edges less purple,
no cellulitis.
Labs: Ca/Phos 9.0/5.1, PTH 410.
A/P:
- Thiosulfate continues: 25 g, infused late in each session.
- Counselled: heating pad, hot-water bottle, ice pack - none of these on her legs;
  no compression wraps unless wound clinic prescribes; if new painful spots appear, tell us same week.
- Warfarin stays off; cardiology started apixaban 2.5 bid.
- Wound clinic q1wk. Blood bank aware surgery cancelled.
-- Dr. Percival Nwachukwu-Hale
"""),
]}

F13 = {"patient_id": "F13", "age": 69, "sex": "M", "notes": [
("2023-09-18", "ED Provider Note", """
EMERGENCY DEPARTMENT
CC: black stools x2 days, dizzy
69M, ESRD, HD Mon-Wed-Fri, access = R brachial fistula (last HD Sat), diet-controlled
DM2, HTN, obesity.
No anticoagulants. On aspirin.
VS: BP 98/60, HR 112, SpO2 97%, T 36.6. Body mass index 32.0.
Exam: pale, melena on DRE. Abd soft.
Labs: Hgb 6.4 (baseline 9.5), BUN 110, K 5.4.
Course: type & crossmatch, 2 u pRBC ordered. 20G PIV placed in the L antecubital (R arm
off limits, fistula). During unit 1, the IV infiltrated: swelling and a 5 x 4 cm
hematoma in the L antecubital fossa. IV removed, cold pack to L antecubital x 15 min,
arm elevated; new 18G in the L hand, unit 1 completed there, then unit 2. Post Hgb 8.1.
PPI IV, GI consulted for EGD.
Dispo: admit medicine, HD tomorrow.
-- Dr. Callum Ferreira-Strand
"""),
("2023-11-14", "Hemodialysis Rounding Note", """
HD ROUNDS - Quarry Hill Dialysis
S: 69M; since Halloween a sore, firm area has been present behind the L upper arm,
and its centre is now dark. Sleeping on R side only. GI bleed resolved (gastric ulcer, on PPI).
O: pre 146/82, post 130/76. Wt 101.8 kg. AVF R arm good thrill.
Mid-humerus, posterior aspect of the L arm: indurated, purple, 4x3cm plaque, 1cm black eschar at
the centre, net-like livedo around. L antecubital: normal skin, old hematoma gone.
Labs: Ca/P 10.0/7.2, iPTH 1,140, Alb 3.3.
Impression: worried about calciphylaxis; derm to biopsy within the week. Calcium-free binder,
cinacalcet start, hold calcitriol.
-- Dr. Giselle Abernathy-Kwan
"""),
("2023-11-28", "Dermatology Consult", """
DERMATOLOGY CONSULT
69M ESRD/HD, DM2 (diet), BMI 32.
Lesion: L posterior upper arm since Halloween, progressive.
Exam: L upper arm, posterior, roughly a hand's breadth (10 cm) proximal to the olecranon:
branching purpura 5x3.5cm, central eschar. The L antecubital fossa, where an IV
infiltrated with a hematoma in September, is normal and separate from the plaque (clear skin in between). R arm: AVF.
Path (punch x2, L upper arm, 11/17): calcium in the walls of arterioles of the fat,
thrombosis, necrotic lobules; calcium stain +.
Impression: calciphylaxis of the posterior L upper arm. The IV infiltration was down in
the antecubital fossa, a different spot; the upper arm itself had no injury.
Plan: 25 g IV thiosulfate with dialysis; hydrogel + foam dressing; pain control, PTX referral.
-- Dr. Hyacinth Morrow-Eze
"""),
]}

F14 = {"patient_id": "F14", "age": 63, "sex": "F", "notes": [
("2022-02-08", "Dermatology Consult", """
DERMATOLOGY CONSULT - Lung Transplant Program
63F, bilateral lung tx 2015 for IPF, BOS grade 2 on extracorporeal photopheresis (ECP) via
L chest port since 2021. CNI nephrotoxicity -> ESRD, HD via R forearm AVF. No diabetes,
no anticoagulation.
HPI: three weeks of sore, hard areas low on the abdomen. Nothing injected into the
belly, no injury there; during the January admission SC heparin was given in the upper arms.
Exam: lower abdomen/pannus, both sides: two firm purple plaques, R 6x4cm and L 5x4cm,
each with a small black eschar and surrounding livedo.
Punch bx 1/31 (R lower abdomen): calcium-encrusted small vessels with clot and dead fat;
calcium stain +.
Dx: calciphylaxis of the lower abdomen, proven on biopsy.
BMI 37.5 (obese). Wt 96.4 kg.
Plan: thiosulfate at each HD; calcium carbonate discontinued; wound RN; tacrolimus unchanged.
-- Dr. Ottilie Brannigan-Sato
"""),
("2022-03-15", "Photopheresis Treatment Note", """
ECP TREATMENT NOTE - BOS, cycle 24 day 1
Access: L chest port, 20G non-coring needle. UVAR XTS/Cellex, 1,500 mL processed.
Skin: under the transparent port dressing, L upper chest: several 3-8 mm tense blisters
and two small erosions in the shape of the dressing border, where the adhesive was
pulled off last week. Looks like adhesive-related skin stripping / tension blisters
(MARSI), not like her calciphylaxis. Changed to silicone border dressing, no CHG disc.
Also: a 3 cm skin tear, R forearm - she caught it on the edge of the machine tray on
arrival; cleaned, Steri-Strips, foam.
Abdominal wounds: dressed by HD unit, not disturbed today.
VS 128/70, 88, SpO2 93% RA.
-- RN Juniper Alcott-Mwangi / Dr. Henrik Solberg-Ade
"""),
("2022-04-05", "Wound Care Clinic Note", """
WOUND CLINIC - follow-up
63F lung tx/BOS on ECP, ESRD on HD, calciphylaxis lower abdomen (bx 1/31/22).
1) Lower abdomen: R 6x4.5cm, L 5x4cm, eschar stable, less pain; continue STS, hydrogel
and foam.
2) L upper chest under the port dressing: blisters/erosions from the adhesive have healed,
light pink skin; this was medical adhesive-related skin injury and not calciphylaxis
(no purpura, no induration, healed in 2 wks).
3) R forearm skin tear from the machine tray: edges approximated, 90% epithelialized;
a simple traumatic tear, no calciphylaxis features.
Neither the chest nor the forearm shows retiform purpura or necrosis.
Plan as above; RTC 3 wks. BMI 37.1.
-- Delphine Achebe-Ruiz, CWS
"""),
]}

PATIENTS = [F08, F09, F10, F11, F12, F13, F14]
