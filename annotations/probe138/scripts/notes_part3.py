"""probe138 corpus notes, Q15-Q20 (rheumatology, musculoskeletal medicine and the clinics around them; all invented)."""

Q15 = {"patient_id": "Q15", "age": 52, "sex": "F", "notes": [
("2017-05-16", "Rheumatology Follow-up", """
RHEUMATOLOGY - systemic sclerosis clinic
52F, diffuse cutaneous SSc dx 2013, RNA polymerase III antibody positive. Renal crisis in 2015
left her with ESRD, HD MWF via tunneled R IJ catheter (two failed fistulas). No diabetes.
Never anticoagulated.

S: Raynaud's manageable with amlodipine. GERD controlled. Mild dyspnoea on hills.
O: BP 124/70, HR 84. Wt 50.1 kg, BMI 19.8 (low-normal). mRSS 14 (down from 22).
Fingers: healed pits R2, L3; no active digital ulcers. Sclerodactyly. Telangiectasias face.
Skin of trunk and thighs soft, no lesions.
PFT 3/2017: FVC 74%, DLCO 52%. Echo: RVSP 34.

A/P:
1. dcSSc - skin improving; continue MMF 500 mg BID (renal dose).
2. ILD mild, stable - repeat PFT 6 mo.
3. ESRD - per nephrology; fistula surgery consult again.
RTC 4 mo.
"""),
("2017-08-08", "Inpatient Dermatology Consult", """
INPATIENT DERMATOLOGY CONSULT - Ward 7 East
Requesting: hospital medicine. Q: painful thigh lesion, ?calciphylaxis

52F with dcSSc, ESRD on HD, admitted 7/30 with tunneled catheter bacteremia (MSSA), line
exchanged 8/1. Since 7/31 nursing has given SC heparin 5000 u three times daily, into the thighs.
Painful spot R anterior thigh noted by nursing 8/6.

Exam: R anterior thigh 5x3 cm area of retiform purpura with dusky centre, mild induration, no
bullae. L thigh: small bruises at injection sites, no purpura. Abdomen clear.
Labs: plt 142 (from 210), Ca 9.1, phos 5.8, PTH 410.

Assessment: retiform purpura R thigh. Ddx: calciphylaxis; skin necrosis from heparin (HIT);
septic emboli. Cannot distinguish clinically.
Rec: stop SC heparin, PF4 Ab + SRA; deep punch bx recommended - pt declines for now (poor
wound healing with her scleroderma). Blood cx repeat. Will follow.
"""),
("2017-09-12", "Rheumatology Follow-up", """
RHEUM F/U - post hospitalization
52F dcSSc, HD. Admission 7/30-8/11 for line sepsis, treated with cefazolin.

Thigh lesion: PF4 antibody negative, so HIT felt unlikely. Biopsy was never done - she declined
again in clinic today. Lesion now 3x2 cm, dry, thin brown crust, less painful (3/10).

Assessment: R thigh retiform lesion of uncertain cause - possible early calciphylaxis vs embolic
lesion from the bacteremia; never proven either way. Nephrology has tightened phos control
as a precaution.

Relocating to Tucson (daughter) later this month; records sent and care handed to a
rheumatologist there. BMI 19.6.
"""),
]}

Q16 = {"patient_id": "Q16", "age": 59, "sex": "M", "notes": [
("2020-02-11", "Sports Medicine Clinic", """
SPORTS MEDICINE CLINIC
59M, recreational pickleball player. Felt a "pop" in the L calf on 2/3 lunging for a drop shot.

PMH: gout (allopurinol 100), T2DM on glipizide, CKD 4 - eGFR 19, pre-dialysis; AV
fistula planning w/ nephrology. PE 2017, warfarin stopped 2018. BMI 31.

Exam: ecchymosis tracking to the medial ankle, TTP at the L medial gastrocnemius musculotendinous
junction, Thompson test negative. Calf soft. Heel raise painful.
MSK US: partial tear medial head of gastrocnemius, 1.8 cm, small hematoma.

Plan: protected weight bearing with heel lift; ice the calf 15-20 min a few times a day for the
first week, with a towel; compression sleeve optional; no NSAIDs (CKD). Start PT in 2 wks.
Return if calf becomes swollen and tense (DVT/compartment).
"""),
("2020-03-24", "Nephrology Clinic", """
NEPHROLOGY - CKD clinic
59M CKD 4 (diabetic + hypertensive), eGFR 17, pre-dialysis; L forearm fistula created 3/2.

S: Since the calf strain in early Feb he has iced the L calf three or four times daily,
frequently with the pack right against bare skin. About 10 days ago the inner calf became sore
with hard lumps.
O: BP 150/88, BMI 31. L medial calf: three tender, indurated, dusky-red nodules 1-2 cm in a
4x6 cm area, faint lacy mottling around them. No ulcer. Pedal pulses present.
Labs: Ca 9.3, phos 5.9, PTH 330, K 5.3.

A: L calf nodules; ddx cold panniculitis or early calciphylaxis given CKD4, diabetes, past warfarin.
P: stop ice. 4 mm punch bx today at the L medial calf. Phos binder start. Derm referral.
"""),
("2020-04-14", "Dermatology Telehealth Visit", """
DERMATOLOGY - VIDEO VISIT (clinic closed to non-urgent visits)
59M CKD 4, DM2, gout. L medial calf nodules since mid-March after repeated icing.

Path (3/24 punch, L calf): mixed septal and lobular panniculitis, small focus of fat necrosis;
vessels without calcium and von Kossa negative, but the sample barely reaches the
subcutis.

On video: nodules flatter, less red; no ulceration.

Impression: cold panniculitis vs early calciphylaxis - this sample cannot decide between them.
Only a deeper incisional sample could settle it; he says no for now and wants to watch it.
Advised to keep ice off the legs. Will see in person when clinic reopens. BMI 31 per chart.
"""),
]}

Q17 = {"patient_id": "Q17", "age": 81, "sex": "F", "notes": [
("2025-03-04", "Sports and Musculoskeletal Medicine", """
MSK / FRACTURE FOLLOW-UP
81F, RA (on HCQ + pred 5), ESRD - HD three times weekly - and insulin-treated T2DM (detemir).
No anticoagulation.
BMI 22.7.

Tripped over the cat at home 2/26, twisted the R ankle. ED XR: non-displaced R distal fibula
avulsion, Weber A. Fitted with a tall CAM walker boot in the ED 2/26.

Today: swelling down, bruising fading over lateral ankle. Walking with boot + rollator.
Skin under the boot checked: mild pinkness over the lateral malleolus where the liner sits,
blanching, intact.
XR today: alignment unchanged.

Plan: continue boot 4 more wks, sock liner, daughter to check skin daily; padding
added around the lateral malleolus. Weight bearing as tolerated. Recheck 4 wks.
"""),
("2025-04-15", "Wound Care Clinic", """
WOUND CARE - NEW REFERRAL from HD unit
81F, HD, RA, insulin-treated DM, in CAM boot for R fibula fx.

Wound: R lateral malleolus, 2.5x2 cm black eschar with 1 cm rim of purple induration and
faint netlike mottling proximally. Very painful (8/10), disproportionate to size. No drainage.
ABI noncompressible bilat; toe pressures R 38 mmHg.

Assessment: unstageable pressure injury from the boot vs calciphylaxis - r/o. Arterial
component possible.
Plan: boot off, switch to a hinged ankle brace with the malleolus windowed. Betadine paint to
the eschar, keep dry. Vascular referral. Ask nephrology about biopsy and Ca/phos.
"""),
("2025-05-06", "Nephrology HD Rounding Note", """
HD ROUNDS
81F, HD MWF. Pre BP 108/60. Eating poorly, tired after runs.

R ankle wound: eschar 3x2.5 cm, no change. Phos 6.8, Ca 9.2, PTH 520.
Discussed with wound care and derm: possible calciphylaxis vs pressure/arterial ulcer. Biopsy at
the malleolus risks a non-healing hole; pt and daughter decline biopsy. Vascular: no
revascularisation option.

Goals of care meeting today: pt wants comfort-focused care, continuing HD for now, no further
workup. Hospice eval requested. Diagnosis left open.
Pain: hydromorphone low dose prn. Insulin reduced (glucose low 70s).
"""),
]}

Q18 = {"patient_id": "Q18", "age": 39, "sex": "F", "notes": [
("2021-08-10", "Rheumatology Follow-up", """
RHEUMATOLOGY - lupus clinic
39F, SLE + APS (triple positive), lupus nephritis class IV -> ESRD, HD TTS since 2019.
Warfarin for APS (recurrent DVT), INR goal 3. No DM. BMI 28.0.

S: 10 days of painful purple "netting" and dark patches on both thighs. Missed warfarin doses
over a week while traveling. No fever, no new meds, no injections into the thighs.

O: BP 136/84. Both anterior/lateral thighs: multiple retiform purpuric patches 2-5 cm, two with
dusky grey centres, no bullae. Oral ulcer x1.
Labs: INR 1.6, plt 98, C3 low, dsDNA 220, Ca 9.0, phos 5.6, PTH 310.

A/P: retiform purpura bilat thighs in SLE/APS on HD with a low INR:
?APS-related thrombotic vasculopathy; ?calciphylaxis; ?lupus vasculitis.
- derm same week: punch x2 for routine stains, von Kossa and immunofluorescence
- heparin bridge at HD until INR in range
"""),
("2021-08-17", "Dermatology Consult", """
DERMATOLOGY
39F SLE/APS, HD. Bilateral thigh retiform purpura, biopsied 8/11 (R and L lateral thigh).

Path: small dermal/subcutaneous vessels plugged by fibrin thrombi, no vasculitis. Not a trace
of calcium anywhere; von Kossa neg on both specimens. DIF: nonspecific.

Impression: thrombotic vasculopathy of antiphospholipid syndrome (plus the low INR).
Calciphylaxis excluded by histology - no calcification in either sample.

Plan: therapeutic anticoagulation per heme (INR now 2.8), wound care for the two dusky centres,
rheum managing SLE flare. Recheck 4 wks.
"""),
("2021-09-21", "Nephrology HD Rounding Note", """
HD rounds  TTS
39F, HD via L AVF. Pre BP 128/78, post 120/74. UF 2.4 L.

S: thighs much less sore, sleeping through the night again. Using a weekly pill organiser
from the pharmacy; no missed warfarin doses since mid-August.

Skin: thigh lesions healing, purple fading, two small scabs. Per derm bx: APS thrombotic
vasculopathy, not calciphylaxis.
Labs: INR 3.0; Hgb 10.1; PTH 330; P 5.2; Ca 9.2

Plan: continue warfarin INR 3 (heme), HCQ, pred taper; no change to binder. No STS needed.
Dialysis adequacy fine, spKt/V 1.5.
"""),
]}

Q19 = {"patient_id": "Q19", "age": 55, "sex": "M", "notes": [
("2023-06-06", "Rheumatology New Consult", """
RHEUMATOLOGY NEW PT
55M, recurrent gout flares (L 1st MTP, R ankle) x 3 yrs, 4 flares past yr. CKD 3a (eGFR 48),
no dialysis. T2DM: degludec insulin 30 units once a day + metformin. HTN. BMI 34.8 (obese).
No anticoagulants.

FHx: brother was on HD and died in 2020; he had calciphylaxis of the legs for his last year;
father gout. Pt asks if "I'm going to end up like my brother".

Exam: small tophus L 1st MTP, no acute synovitis. Skin of legs, abdomen and arms intact, no
purpura, no nodules.
Labs: urate 9.4, Cr 1.6, Ca 9.4, phos 3.8.

A/P: tophaceous gout. Start allopurinol 100 mg, titrate q4wk to urate < 6; colchicine 0.6 mg
daily prophylaxis (renal dose). Explained his kidney function is very different from his
brother's end-stage disease. Diet/alcohol counselling.
"""),
("2023-09-05", "Primary Care Annual Visit", """
PRIMARY CARE - annual physical
55M. Gout now on allopurinol 200 mg (urate 6.3), no flares since June. DM2 on insulin
degludec - A1c 7.4. CKD 3a stable, eGFR 50. BMI 34.5.

ROS negative except knee stiffness AM.
Exam: BP 134/82. Skin: no rashes, ulcers or lesions. Feet: monofilament intact, no calluses.

Pt again brought up his brother's calciphylaxis. Reassured: he has no skin findings and is not
on dialysis. Keep sugars and BP controlled to protect kidneys.

Plan: urate recheck 3 mo; retinal exam; pneumococcal vaccine given today L deltoid.
"""),
]}

Q20 = {"patient_id": "Q20", "age": 63, "sex": "F", "notes": [
("2025-09-16", "Rheumatology Follow-up", """
RHEUMATOLOGY FOLLOW-UP
63F, seropositive RA on rituximab (last cycle 3/2025). ESRD (HD, three sessions a week,
Tu-Th-Sa). Mechanical mitral
valve since 2011, so warfarin with goal INR ~3; DOAC not an option. PMH also: obesity, HTN,
hypothyroid. No DM.

S: joints good, 20 min AM stiffness. No skin problems.
O: BP 128/76, BMI 29.4. No synovitis. Skin: trunk and limbs checked, clear of purpura, nodules
or ulcers.

Counselling: dialysis together with warfarin raises her chance of calciphylaxis. Discussed early
signs - very painful skin patches that turn purple or hard, usually on thighs, belly or buttocks -
and that she should call the same day if any appear. Asked her not to put hot water bottles
or ice packs directly on skin. Nephrology aware.

Plan: rituximab next cycle March 2026 at infusion centre. IgG level before then.
"""),
("2026-03-03", "Infusion Center Note", """
INFUSION CENTRE
Rituximab 1000 mg IV, cycle day 1 (day 15 dose booked 3/17). Rheum: Dr. O. Lindgren.

63F, RA, HD TTS (today is a non-HD day), warfarin for mechanical valve, INR 2.9 last wk.
IgG 6.8 (low-normal).
Premeds: acetaminophen 650 mg, cetirizine 10 mg, methylpred 100 mg IV.
PIV 20G L forearm, good blood return.
Rate titrated per protocol from 50 mg/h; max 400 mg/h reached. Mild throat itch at 200 mg/h,
paused 15 min, resolved, resumed.
VS stable throughout; BP 132/78.
Skin check at her request: no new lesions, no purple patches anywhere.
Discharged ambulatory.
"""),
]}

PATIENTS = [Q15, Q16, Q17, Q18, Q19, Q20]
