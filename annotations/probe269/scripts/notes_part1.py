"""probe269 corpus notes, T01-T07 (vascular laboratory reports and the clinics that refer to it; all invented)."""

T01 = {"patient_id": "T01", "age": 58, "sex": "F", "notes": [
("2023-03-20", "PD Clinic Note", """
PERITONEAL DIALYSIS CLINIC - Fenwick Kidney Center
58 yo F. ESRD (diabetic nephropathy) -> cycler PD since 2020. T2DM, insulin glargine 22 u qHS.
Interval hx: Hgb drifted to 8.9, TSAT 14 %, ferritin 61. Pt refuses a peripheral IV for an
iron infusion ("they stuck me nine times last fall"). After discussion she agreed to Z-track IM
iron dextran, given by RN Ostrowski into the L gluteal region (upper outer quadrant) on 3/7/23,
second dose into the same area 3/14/23. Test dose uneventful.
Today: says the L buttock is "a bit achy where the iron went in". Skin there without
discoloration or induration. Exit site: pristine. Tunnel: nontender.
BMI 33.1 (87.6 kg). Anticoagulants: none.
Weekly Kt/V 1.9. Labs 3/16: K 4.6 | phos 6.8 high | Ca 9.4 | iPTH 712.
Plan: sevelamer 2 tabs (1600) AC meals; cinacalcet 30 mg to begin; CBC in 4 wks.
"""),
("2023-04-18", "Vascular Lab - Aortoiliac Duplex and ABI", """
HALSTEAD NONINVASIVE VASCULAR LAB
Exam: aortoiliac arterial duplex; resting ABI with toe pressures
Clinical history: 58F, ESRD on PD, insulin-requiring DM. Painful purple-black plaque, upper-outer
L buttock; her daughter spotted it about 3 weeks ago. Referring MD asks to r/o L internal iliac
(hypogastric) occlusion / buttock ischemia.
Findings:
 Distal aorta 1.9 cm, no aneurysm, diffuse mural calcium.
 CIA PSV R 118 / L 126 cm/s. EIA bilat biphasic, no focal velocity step-up.
 L internal iliac origin patent, antegrade, PSV 96 cm/s.
 ABI R 1.38, L >1.4 (tibials noncompressible). Great toe R 71 / L 66 mmHg, TBI 0.52 / 0.49.
Impression:
 1. No hemodynamically significant aortoiliac or hypogastric stenosis.
 2. Large-vessel disease does not account for the buttock lesion; suggest derm eval and bx
    ?calciphylaxis.
Tech R. Delacroix-Munn RVT / read by P. Vanterpool MD
"""),
("2023-04-27", "Dermatology Consult", """
Dermatology f/u (ref: Fenwick Kidney Center)
Punch bx L buttock 4/20 (Dr. Ilse Varga): subcutaneous arterioles ringed by calcium, several
thrombosed; adjacent fat necrotic; von Kossa +. Final dx: calciphylaxis (calcific
uremic arteriolopathy).
Exam (L upper outer buttock): stellate retiform purpura 7 x 6 cm; its center is black
eschar. Abdomen, thighs and calves clear.
Per pt the plaque began in late March. It overlies exactly the spot where the IM iron dextran
went in (3/7 and 3/14) - the injections are the most plausible local trigger.
BMI 32.8 today.
Plan: sodium thiosulfate, route to be settled w/ nephrology given no IV access; no further IM
injections anywhere; calcium-free binder; wound care w/ cadexomer iodine; RTC 2 wks.
"""),
]}

T02 = {"patient_id": "T02", "age": 66, "sex": "M", "notes": [
("2022-01-11", "Hemodialysis Rounding Note", """
Millbrook Dialysis - rounding, chair 14, second shift
66M, ESRD (IgA nephropathy); in-centre HD, MWF schedule, R brachiocephalic fistula. No DM.
Warfarin (AF) - today's INR 2.4 from the coumadin clinic.
S: cramping of the L calf in the last hour of most runs. Since mid-December the PCT has been
putting an instant ice pack on his L calf chairside every treatment, and he keeps a gel pack on
the same calf at home at night.
O: pre BP 152/84, post 118/66. EDW 81.5 kg, UF 3.4 L. BMI 27.4. L calf skin intact, no edema.
Access: good thrill and bruit.
A/P: intradialytic cramps - UF rate above 13 mL/kg/h most days. EDW up by half a kilo, trial
sodium profiling, fluid restriction reviewed. Asked him to keep a thin cloth under the ice.
PO4 7.1 - binder adherence discussed again.
"""),
("2022-02-24", "Vascular Lab - Arterial Duplex LLE, ABI/TBI, TcPO2", """
VASCULAR LABORATORY REPORT
Study: L lower extremity arterial duplex; ABI/TBI; TcPO2
Indication: painful shallow ulcer with a black rim on the L posterior calf, present since early
February. HD pt on warfarin. r/o PAD.
Findings (L):
CFA 104 cm/s triphasic. SFA prox/mid/dist 88/79/71 cm/s biphasic, heavy wall calcium, no
stenosis >50%. Popliteal 62 biphasic. PT, peroneal and AT monophasic but continuous to the ankle.
Brachial 148. PT and DP not compressible at 250 mmHg -> ABI invalid.
Hallux 82 mmHg, TBI 0.55.
TcPO2 (mmHg): chest 58 | L calf periwound 21 | L dorsal foot 47.
Impression: mild diffuse infrapopliteal disease in calcified vessels with adequate toe perfusion.
The low periwound TcPO2 is local and does not fit the macrovascular picture - consider
calciphylaxis.
Sonographer J. Whitcombe RVS | Interpreting physician L. Amadi-Stroud MD
"""),
("2022-03-10", "Vascular Surgery Clinic", """
Vascular Surgery Clinic - Dr. Hennigan
66M on HD, seen for the L calf ulcer. Skin bx by derm on 3 Mar 2022: calciphylaxis.
Ulcer today 42 x 31 mm, eschar at the edges, exquisitely tender.
Hx reviewed w/ pt: since mid-Dec he iced the L calf at every HD run and again at home; the
ulcer sits right where the ice pack rested. It opened in early Feb, some 7 weeks into the icing.
Lab study of 2/24: no revascularization target, toe pressure fine.
Plan:
- stop all cold (and heat) applications to the legs
- STS 25 gm intravenously at HD, 3x weekly (nephrology aware)
- cardiology to change warfarin over to apixaban
- local dressings; sharp debridement deferred
- RTC 4 wks
"""),
]}

T03 = {"patient_id": "T03", "age": 81, "sex": "F", "notes": [
("2020-11-12", "Wound Clinic Note", """
Wound & Hyperbaric Center - new patient
81F, ESRD on HD (TTS, Ridgeway Dialysis). T2DM: linagliptin; never on insulin. Lives w/ daughter.
HPI: dark hard area over the R heel (posterior aspect), started around Halloween, very painful at night.
Since her L hip hemiarthroplasty in August she has spent her nights in a lift recliner w/ both
heels propped on the footrest - "my hip won't let me lie flat".
Exam: R heel, posterior aspect - 2.6 x 1.9 cm eschar, dry and black, violaceous halo; L heel blanchable
redness only. Pedal pulses not palpable. Monofilament sensation absent bilat.
BMI 24.0 (weight 58 kg).
Impression: R heel eschar - unstageable pressure injury vs ischemic vs calciphylaxis?
Plan: ABI/TBI/TcPO2 at the vascular lab, heel offloading boots, betadine paint, punch bx if
perfusion allows.
"""),
("2020-11-17", "Vascular Lab - ABI/TBI/PVR/TcPO2", """
NONINVASIVE VASCULAR STUDIES - Ridgeway Medical Center
Exam: bilateral ABI, toe pressures, PVR; TcPO2 R foot
History: 81 yo female on hemodialysis, DM2. R posterior heel eschar since late October.
Perfusion / healing potential?
                 Right       Left
Brachial          138        not cuffed (L arm fistula)
PT / DP          NC / NC     NC / NC
ABI              >1.3 NC     >1.3 NC
Great toe         64          71 mmHg
TBI               0.46        0.51
PVR metatarsal: moderately damped bilat.
TcPO2 (mmHg): chest 61 | R lateral heel 44 | R dorsal foot 49
Interpretation: noncompressible tibial arteries. Toe pressures and TcPO2 above 40 mmHg indicate
perfusion adequate for healing; no critical limb ischemia. The heel lesion is unlikely to be
primarily arterial.
Read by N. Castellanos MD, RPVI
"""),
("2020-12-08", "Nephrology HD Rounding Note", """
Nephrology - HD rounding, Ridgeway Dialysis
Punch biopsy R heel 11/24/20 back: calciphylaxis - calcified arterioles, intimal hyperplasia,
microthrombi. Discussed w/ pt and daughter today.
Heel: eschar unchanged in size, dry, halo less angry. The recliner footrest has been padded and
she now sleeps in bed wearing heel boots.
Labs: Ca 9.1, PO4 6.4, PTH 540. Albumin 3.0 g/dL.
Plan: thiosulfate, 25 g, infused toward the end of every Tu/Th/Sa session; sevelamer replaces calcium
acetate; cinacalcet started; calcitriol off. Never on warfarin. Keep eschar dry, no debridement. BMI 24.
Pain: tramadol 50 mg post-HD only.
"""),
]}

T04 = {"patient_id": "T04", "age": 72, "sex": "M", "notes": [
("2022-04-26", "Vascular Lab - Arterial Duplex LLE with ABI", """
ARTERIAL DUPLEX, LEFT LOWER EXTREMITY, WITH ABI
Harlan Vascular Lab, room 3
Clinical hx: 72M, L calf claudication at one block. ESRD, hemodialysis; insulin-treated DM2; BMI 31.6.
Findings (L): CFA 132 cm/s triphasic. SFA 80 cm/s proximally; focal mid-SFA stenosis, PSV
412 cm/s, Vr 4.1 (>75 %), monophasic turbulent flow beyond. Popliteal 38 cm/s monophasic.
Runoff: PT and peroneal patent, AT occluded mid segment.
R leg: no significant stenosis.
ABIs 1.02 (R) and 0.61 (L). Hallux R 88 / L 49 mmHg.
Both feet intact, no tissue loss.
Impression: high-grade (>75 %) L mid-SFA stenosis, consistent with his symptoms. Forwarded to
Dr. Szabo for intervention.
"""),
("2022-05-10", "Vascular Surgery Procedure Note", """
PROCEDURE NOTE - angio suite
Date: May 10, 2022        Operator: A. Szabo MD
Procedure: abdominal aortogram with L leg runoff; drug-coated balloon angioplasty of the
L mid SFA (5 x 80 mm).
Access: retrograde puncture of the R CFA under ultrasound, 6 Fr sheath, crossover to the L.
Result: <20 % residual stenosis, brisk in-line flow to the popliteal.
Closure: R CFA closed with a plug-type closure device; hemostasis achieved, no hematoma.
Heparin 5000 u IV during case. Contrast 42 mL; dialysis tomorrow as scheduled.
Relevant PMH: warfarin 2010-2015 (LLE DVT), discontinued when he bled from a duodenal ulcer;
off all anticoagulants since. Insulin glargine/lispro.
Dispo: bedrest 2 h, home same day on aspirin + clopidogrel.
"""),
("2022-05-24", "Vascular Lab - Post-intervention Duplex", """
POST-INTERVENTION SURVEILLANCE - Harlan Vascular Lab
Clinical hx: s/p L SFA angioplasty 5/10/22 through R CFA access. Assess the treated segment and
the access site.
L SFA treated segment PSV 141 cm/s, Vr 1.3 - no restenosis. Popliteal biphasic, 61 cm/s.
ABI L 0.93 (was 0.61). Hallux L 79 mmHg.
R CFA puncture site: no pseudoaneurysm, no AV fistula, no hematoma; overlying skin intact.
Impression: widely patent L SFA after angioplasty. Uncomplicated R femoral access.
Tech: S. Mbeki-Lund, RVT. Interpreting: A. Szabo MD
"""),
("2022-06-14", "Wound Clinic Note", """
Wound clinic - Harlan
72M, HD pt, referred by Dr Szabo. Since 6/1/2022 a painful, hard purple plaque in the R groin,
now with a black center roughly 21 x 14 mm; it lies directly on the catheter puncture from the May 10
angioplasty.
Derm punch bx 6/8: subcutaneous small-vessel calcification and septal panniculitis ->
calciphylaxis.
No drainage, no fluctuance; the 5/24 duplex had already excluded a pseudoaneurysm.
BMI 31.1. DM on insulin (glargine + lispro). Prior warfarin, stopped 2015.
Plan: STS during HD. Calcium-based binder d/c'd; silver alginate, low-dose hydromorphone for pain,
f/u 2 wks.
"""),
]}

T05 = {"patient_id": "T05", "age": 69, "sex": "F", "notes": [
("2024-01-03", "PD Clinic Note", """
Home Dialysis Unit - monthly visit
69F on APD (ESRD from ADPKD), 5 cycles/night. Not diabetic (HbA1c 5.4 %). Anticoagulation: none.
New: New Year's Eve she knocked her R shin (front) into the open dishwasher door while
unloading it; small skin tear with a bruise around it, washed with soap and water, covered with a band-aid. No fevers.
Exam: R anterior shin 1 cm linear scab with surrounding ecchymosis, no warmth or drainage.
Exit site clean.
BMI 28.7 (74.3 kg).
Labs: calcium 9.8; phosphorus 5.9; PTH 388; albumin 3.3.
Plan: watch the shin, call if red or draining. Continue calcitriol and sevelamer at current doses.
"""),
("2024-02-06", "Vascular Lab - ABI and Venous Duplex RLE", """
Pinebrook Vascular Diagnostic Center
Exams: bilat ABI with toe pressures; R lower extremity venous duplex (DVT and reflux)
History: PD patient. Dusky, exquisitely painful ulcer R anterior shin since mid-January,
enlarging.
ABI R 1.44, L 1.39 - noncompressible. Great toe 92 / 97 mmHg, TBI R 0.63, L 0.66. Ankle PVR
normal contour.
Venous: CFV, FV, popliteal, posterior tibial and peroneal veins fully compressible with phasic
flow - no DVT. Reflux times SFJ 0.3 s, thigh GSV 0.2 s, SSV 0.1 s, none pathologic.
Impression: no arterial insufficiency, no DVT, no venous reflux. The shin ulcer is not explained
by macrovascular arterial or venous disease.
"""),
("2024-02-20", "Dermatology Consult", """
DERMATOLOGY - Pinebrook
Reason for consult: R shin ulcer, ?CUA
Exam: ulcer R anterior shin, 36 x 27 mm, adherent eschar, ring of retiform purpura. Skin
elsewhere clear.
Path (punch, 2/12/24): calcium deposited in arteriolar walls (dermis and subcutis), thrombosis,
necrosis -> calciphylaxis.
Onset per pt mid-Jan 2024; slowly enlarging since.
A: R shin calciphylaxis, PD patient (not diabetic, no warfarin).
Pain worst at night (8/10) and when she dangles the leg.
Plan: intraperitoneal sodium thiosulfate per nephrology, hydrocolloid, avoid compression wraps,
pain control w/ scheduled acetaminophen + low-dose oxycodone. RTC 2 wks.
"""),
]}

T06 = {"patient_id": "T06", "age": 55, "sex": "M", "notes": [
("2024-09-17", "Vascular Lab - Venous Duplex LLE", """
VENOUS DUPLEX - LEFT LOWER EXTREMITY, DVT PROTOCOL
Castlemere Hospital Vascular Lab
Clinical history: 55 y M, HD, insulin-dependent DM, obese. Tender, indurated plaque, purple
lacy margin, L anterolateral thigh since 9/3/24, now leg swelling. R/o DVT.
Findings: CFV, FV prox/mid/distal, deep femoral, popliteal, posterior tibial and peroneal veins
compress fully; spontaneous phasic Doppler signal, normal augmentation. GSV compressible at SFJ.
Subcutaneous edema with cobblestoning beneath the L lateral thigh plaque; no fluid collection.
Impression: no DVT of the L leg. Soft tissue edema of the L thigh.
Tech O. Brannigan RDMS RVT
"""),
("2024-09-20", "Nephrology Consult", """
Nephrology inpatient consult
Asked to see 55M, ESRD, HD TTS via a tunneled R IJ line (L AVF
maturing), for a L thigh lesion.
Insulin: glargine 30 u + lispro sliding scale. He injects both outer thighs, left and right, since
2019; stopped using his belly because of the pannus.
Exam: L anterolateral thigh 9 x 7 cm retiform purpura, central eschar ~2 cm, exquisitely
tender. R thigh shows injection lipohypertrophy but no purpura.
Weight 121 kg -> BMI 38.2.
Labs: PTH 960; Ca 10.1; phosphate 7.4; product 75.
A: concern for calciphylaxis in his L thigh insulin injection zone.
P: derm punch bx; stop calcitriol; non-calcium binder; STS if confirmed; insulin sites -> deltoids
from here on.
"""),
("2024-10-02", "Wound Clinic Note", """
Outpatient wound clinic - Castlemere
Follow-up, left thigh. Punch bx 2024-09-24: calciphylaxis confirmed - calcified arterioles within
necrotic subcutaneous fat.
The lesion lies squarely inside the L thigh field where he has given his insulin for 5 yrs.
Now 10 x 8 cm, eschar 3 cm, no purulence, no odor.
Insulin now goes into the deltoids only (switched 9/21).
BMI 37.5 today. Not on warfarin.
Plan: IV STS 25 gm, given with every run, hydrofiber + foam, no sharp debridement, palliative care referral
for pain.
"""),
]}

T07 = {"patient_id": "T07", "age": 63, "sex": "F", "notes": [
("2024-09-20", "Anticoagulation Clinic Note", """
ANTICOAGULATION SERVICE - periprocedural plan
63F, mechanical aortic valve (2011), warfarin 7.5 mg/d, therapeutic INR window for the valve 2.5-3.5.
Colonoscopy with polypectomy booked for 26/09/2024.
Renal: eGFR 81, Cr 0.8 - normal. T2DM on metformin, not on insulin. BMI 41.2.
Plan:
- last warfarin dose 20/09/2024
- enoxaparin 120 mg SC q12h, first dose 23/09/2024, last dose morning of 25/09
- resume warfarin the evening of the procedure; enoxaparin back on 27/09 until INR >= 2.5
Self-injection taught with a demo pen; she prefers the lower abdomen.
Pharmacist: G. Nwachukwu-Hale, PharmD
"""),
("2024-11-05", "Vascular Lab - Venous Duplex Bilateral and ABI", """
Westbury Vascular Lab
Study: bilateral LE venous duplex; resting ABI
Clinical history: 63F, mechanical AVR on warfarin, BMI 41. Wound clinic referral - painful
indurated necrotic plaque of the R lower abdomen / pannus since about 4 weeks ago, plus new
swelling of both ankles. r/o DVT, assess arterial inflow.
Venous: all deep segments compressible bilaterally with phasic flow; no DVT, no SVT.
Arterial: ABIs 1.08 right, 1.12 left; triphasic DP and PT waveforms both sides.
Impression: no DVT. Normal ABIs. Ankle edema most likely dependent.
"""),
("2024-11-19", "Wound Clinic Note", """
WOUND CARE CENTER - Westbury
Follow-up: R lower abdominal wound.
Non-uremic calciphylaxis on the incisional bx of 11/8 (thrombosed calcified small vessels,
lobular fat necrosis). Normal kidney function, never dialyzed.
History clarified today: she self-injected enoxaparin into the R lower abdomen twice daily from
23 Sept to 30 Sept 2024 for warfarin bridging. The plaque came up inside that injection area in
early October.
Exam: black eschar 6 x 5 cm on the pannus R of midline, livedo around it.
Risks: warfarin, obesity (BMI 40.6), DM2 without insulin.
Plan: cardiology re: alternatives to warfarin (mechanical valve, few options), IV STS, foam
dressing, RTC 1 wk.
"""),
]}

PATIENTS = [T01, T02, T03, T04, T05, T06, T07]
