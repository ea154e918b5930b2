"""probe267 corpus notes, R15-R20 (endoscopy / procedural sedation unit and the renal and skin
clinics around it; all people, places and wording invented)."""

R15 = {"patient_id": "R15", "age": 73, "sex": "M", "notes": [
("2025-06-03", "Pre-Endoscopy Assessment", """
PRE-ENDOSCOPY ASSESSMENT - 06/03/2025, Brackenridge Endoscopy
73M, EGD for melena (Hb 9.2, down from 11.0).
CKD stage IV, eGFR 18, pre-dialysis; vascular surgery has seen him about access. DM2 on
glipizide, no insulin.
AF: warfarin stopped 5/12/25 for labile INRs -> enoxaparin 80 mg SC twice daily, which he
self-injects in the lower abdomen, started 5/12. Last dose last night at 2000.
BMI 32.1 (obese).
Skin: two firm purple tender patches, L lower abdomen, where he gives his shots, noticed
last week, 3 cm and 2 cm.
Airway MP II. ASA III.
Plan: propofol MAC; hold enoxaparin pending findings.
"""),
("2025-06-03", "Endoscopy Recovery Note", """
RECOVERY NOTE - 6/3/25
EGD under propofol: LA grade B esophagitis, small non-bleeding gastric erosions, no
active bleeding, no stigmata.
Vitals stable in recovery, Aldrete 10 at 20 min. Tolerated juice.
IV 20G R forearm removed, site fine.
Enoxaparin held 48 h per GI, then resume at the lower dose per cardiology.
Abdominal wall patches looked at by recovery RN: tender, purple, no drainage. Derm
e-consult placed: "? hematoma vs calciphylaxis vs panniculitis at enoxaparin sites".
PPI bid x 8 wks. Discharged with daughter.
"""),
("2025-06-24", "Nephrology Clinic Note", """
Nephrology clinic - June 24, 2025
CKD 4, Cr 3.1, K 5.0, bicarb 19. No uremic symptoms; not yet ready for dialysis.
Abdominal wall: derm saw him 6/9 and punched (4 mm) the larger L lower abdominal
plaque - lobular panniculitis without vessel calcification, nondiagnostic. Derm felt early
calciphylaxis could not be excluded; he turned down a deeper incisional biopsy.
Plaques softer and less tender today.
Relocating to Tucson next month (daughter's home); records to be sent.
A: abdominal wall plaques at enoxaparin sites - possible early calciphylaxis vs
enoxaparin-related panniculitis/hematoma, unresolved.
P: phos binder started, bicarb tabs, transfer of care letter.
"""),
]}

R16 = {"patient_id": "R16", "age": 80, "sex": "F", "notes": [
("2021-09-14", "PEG Pre-Procedure Assessment", """
PEG PRE-PROCEDURE ASSESSMENT - 2021-09-14
80F, bedbound, poor oral intake, wt down 9 kg in 3 mo; family requests PEG.
ESRD - dialyzed MWF through a right IJ permcath. DM2 on insulin detemir. Hep C, never treated.
BMI 21.3. No anticoagulants, never on warfarin.
Skin: both lateral lower legs - several necrotic ulcers with livedoid borders, present since
early August. Vascular + renal ddx: calciphylaxis vs cryoglobulinemic vasculitis vs arterial
ulcers (ABI 0.6 R / 0.7 L). Cryoglobulins sent; no biopsy yet.
Sacrum and heels intact.
Consent: daughter (HCPOA) consented for PEG under propofol.
"""),
("2021-09-14", "PEG Sedation Record", """
SEDATION RECORD - PEG, Endo Rm 3 - 09/14/2021
Pre: HR 96, BP 104/60, SpO2 94% on 2 L. Cefazolin 1 g given.
Anesthesia: propofol 90 mg in small aliquots; O2 4 L NC; EtCO2 monitored.
NIBP L upper arm q5; SpO2 L finger; ECG 3 lead.
Supine, head of bed 30 degrees; legs on foam, dressings left undisturbed.
20 Fr pull PEG placed, bolster at 3.5 cm; no complications.
Brief hypotension 82/44 -> phenylephrine 80 mcg, resolved.
Back to ward 4C at 14:05, aspiration precautions, HOB kept at 30 degrees.
"""),
("2021-10-05", "Hemodialysis Progress Note", """
HD progress note 10/5/21
Leg ulcers unchanged to slightly larger; pain controlled on hydromorphone.
Exam: R lateral leg ulcers now 4 and 3 cm, L lateral leg 5 cm, all with black eschar and
dusky livedoid rims; no drainage. Daughter at bedside, questions answered.
Cryoglobulin sample reported as insufficient; not repeated. Family declined biopsy - comfort
focus.
Calciphylaxis remains possible but has not been confirmed; no STS started.
Goals of care meeting today: family chose hospice; last HD session will be Friday.
PEG feeds reduced to comfort rate.
"""),
]}

R17 = {"patient_id": "R17", "age": 62, "sex": "M", "notes": [
("2024-04-23", "Pre-Sedation Assessment - EUS", """
PRE-SEDATION ASSESSMENT - EUS (pancreatic cyst, 2.4 cm, MRCP follow-up)
April 23, 2024

62M, ESRD on PD (CCPD). No diabetes. No anticoagulants - never warfarin. BMI 30.2.
Had a cardiac catheterization (R femoral approach) 3/19/24 (non-obstructive CAD).
For ~2 weeks: painful lacy purple mottling over both flanks and 2 tender nodules on the L
flank; derm appt 5/7. ?CUA.
Vitals: BP 142/86, HR 74, SpO2 97% RA. Airway MP II. ASA III.
Sedation: propofol by anesthesia. Pt aware of EUS-FNA risks; consent signed.
"""),
("2024-05-07", "Dermatology Consult", """
DERMATOLOGY - 5/7/2024
62M on PD. Referred with painful mottling of the flanks.
Exam: livedo racemosa across both flanks, broken irregular rings; two 1.5 cm tender
subcutaneous nodules L flank. No ulceration. Toes warm, no blue toes.
Labs: eosinophils 9%; serum Ca 9.6 mg/dL, phosphate 6.1; PTH 480.
Assessment: differential includes early calciphylaxis, cholesterol emboli (cath 3/2024),
and cutaneous PAN; calciphylaxis is not excluded.
Plan: an incisional, fat-deep biopsy of one nodule advised - he would like to discuss with his wife
first and will phone to schedule. Avoid trauma to the flanks meanwhile.
"""),
]}

R18 = {"patient_id": "R18", "age": 68, "sex": "F", "notes": [
("2018-02-20", "Pre-Procedure Assessment - Colonoscopy (postponed)", """
PRE-PROCEDURE ASSESSMENT - colonoscopy (FIT+) - 2/20/2018

68F. CKD G3a, eGFR 52, no dialysis. DM2 - NPH insulin, injected into both thighs.
New AF, warfarin started 1/30/18 (no heparin bridge).
BMI 33.1. Vitals: BP 128/72, HR 96 irregular.
For 5 days: dark painful patches, anterior thighs L and R, near her insulin sites; largest 6 cm
with a black centre.
Assessment: ?warfarin necrosis, ?calciphylaxis - unclear.
Procedure POSTPONED. INR 3.4 - warfarin held today, urgent dermatology review arranged,
GP informed.
"""),
("2018-02-27", "Dermatology Consult", """
Dermatology consult - 27 Feb 2018
Punch biopsies x2 (2018-02-21), L anterior thigh: dermal + subcutaneous vessels occluded by fibrin,
haemorrhagic necrosis; calcium stain (von Kossa) negative; vessels not
calcified.
Protein C level 38%.
Dx: bilateral thigh skin necrosis from warfarin. Calciphylaxis was considered and is
excluded on histology (and her renal function is only mildly reduced).
Plan: warfarin stopped permanently -> apixaban (cardiology). Dressings for the necrotic
areas on the thighs. NPH injections moved to the abdomen for now while the thighs heal.
Colonoscopy rebooked for April.
"""),
]}

R19 = {"patient_id": "R19", "age": 55, "sex": "M", "notes": [
("2023-03-07", "Pre-Sedation Nursing Assessment", """
PRE-SEDATION NURSING ASSESSMENT - 3/7/2023
55M, EGD for Barrett's surveillance (short segment, no dysplasia 2020).
ESRD, HD T/Th/Sat through L upper-arm fistula. No diabetes; HbA1c 5.1. No anticoagulant
history - never warfarin. 180 cm / 81.6 kg -> BMI 25.2.
Skin: intact, no wounds.
Education: the renal team asks that no heat packs or ice be used on his limbs, since calciphylaxis is a
recognised risk in dialysis patients; pt verbalized understanding.
IV to go in the R arm. Airway MP II, ASA III.
"""),
("2023-03-07", "Endoscopy Recovery Note", """
RECOVERY NOTE - 03/07/23
EGD done under propofol: short-segment Barrett's, biopsies x 8.
IV 20G R forearm noted to be infiltrated when the procedure finished - cannula removed, arm elevated,
cool compress 15 min; mild swelling, no blistering, no skin breakdown.
Aldrete 10. Tolerated fluids.
Reminded: no heating pad on the arm at home; call if it turns red, hot or painful.
Vitals back to baseline, BP 134/78, HR 72, SpO2 97% on room air.
HD tomorrow, fistula arm untouched. Discharged with wife.
"""),
]}

R20 = {"patient_id": "R20", "age": 49, "sex": "F", "notes": [
("2020-07-21", "Pre-Procedure Assessment - EGD with dilation", """
PRE-PROCEDURE ASSESSMENT, July 21, 2020
49F, limited cutaneous systemic sclerosis, esophageal dysmotility and a peptic stricture;
for EGD with balloon dilation under propofol.
Normal kidneys (creat 0.7). Non-diabetic. No anticoagulants.
Hands: Raynaud's; calcinosis cutis in the tips of the R index finger and
L thumb; healed digital pitting scars.
FHx: her mother, a dialysis patient, had calciphylaxis (died 2015).
BMI 19.8.
Airway: limited mouth opening (3 cm) -> small-caliber scope ready.
Access: no finger probes on the affected digits; warm the room.
"""),
("2020-08-04", "Rheumatology Clinic Note", """
Rheumatology - 8/4/2020
SSc follow-up after EGD dilation 7/21 (tolerated; dysphagia better).
L thumb pad: small ulcer where a calcinosis nodule extruded chalky material last week.
R index tip calcinosis stable.
She asked whether this is the same disease her mother had. Explained: this is calcinosis
cutis from scleroderma, not calciphylaxis - normal kidneys, no livedo or retiform purpura,
the deposits are in the skin and not in the vessels.
Plan: topical care to the thumb, continue nifedipine, hand warmth.
"""),
]}

PATIENTS = [R15, R16, R17, R18, R19, R20]
