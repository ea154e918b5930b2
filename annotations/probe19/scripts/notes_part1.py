"""probe19 corpus notes, R01-R07 (international English letters and ward notes; all invented)."""

R01 = {"patient_id": "R01", "age": 63, "sex": "F", "notes": [
("2020-02-21", "GP Referral Letter", """
Kallangur Creek Family Practice
21/02/2020

Dear Dr Nguyen (Renal),

Re: Mrs Dianne Wexcombe   DOB 04/06/1956

Could you please see Di as a matter of urgency. She does overnight automated PD on a cycler for ESKD (diabetic nephropathy) and rang us yesterday in a fair bit of strife with pain. On Valentine's Day she found a tender, hard lump down in her left lower tummy, a hand's breadth from the belly button. Since then it has gone a dusky plum colour, a blackish crust (20c-piece size, she reckons) has formed centrally, and there is a mottled lacy ring round it.

This is exactly the patch where she has jabbed her Optisulin every night since starting insulin in August last year - she's right-handed and says "it's just the easiest bit to grab".

No fevers, PD fluid clear, exit site looks clean. Never been on warfarin. Her phos was 2.3 on the last two lots of bloods.
Wt 91 kg, BMI 33.5.

I've asked her to use the right thigh for the insulin meanwhile and started paracetamol 1 g qid plus tapentadol SR at night. My worry is calciphylaxis, although an infected injection site is the other thing on my mind.

Kind regards,
Dr Fiona Marchetti MBBS FRACGP
"""),
("2020-03-02", "Renal Clinic Letter", """
MORETON BAY KIDNEY SERVICE - Outpatient letter
Clinic date: 2 March 2020

Diagnoses
1. ESKD on APD since mid-2018
2. T2DM - on insulin since 2019
3. Hypertension
4. Obesity

Dear Fiona,
Thanks for sending Dianne in. I'd share your concern: the L iliac fossa lesion looks very much like calcific uraemic arteriolopathy to me. Examining her, I found a stellate black eschar, 3.5 cm by 3 cm, on the left lower abdominal wall, ringed by retiform purpura, and she flinched at light touch. Breasts, flanks and both thighs are clear. She dates it firmly to 14/2.
Her calcium carbonate has been stopped and sevelamer 800 mg tds with meals commenced; cinacalcet to start next week. Derm are doing a punch biopsy on Wednesday and if it is what we think, IV sodium thiosulfate will go in via a peripheral cannula three times a week.
Weight 89.2 kg, BMI 32.8 today.

Regards,
Dr Minh Nguyen, Renal Physician
"""),
("2020-03-10", "Dermatology Letter", """
Dermatology Department
10/03/2020

Dear Dr Nguyen,

RE: Dianne WEXCOMBE, UR 4471902

Histopathology is back on the 4 mm punch I took at the margin of her left lower abdominal lesion on 4/3/2020. Small arterioles in the subcutis show circumferential calcium in the media, proliferating intima and fresh thrombus, and the fat lobules around them are necrotic. Von Kossa picks the calcium out nicely. Diagnosis: calciphylaxis.

The ulcer sits squarely over the skin she has used for her nightly insulin since last August, and I think the repeated needling has localised the disease there (a Koebner-type picture). She has already moved her injections to the right thigh; I'd suggest she avoid the abdomen altogether from now on.

Dressings: Acticoat flex with a silicone border, changed by the community nurse twice weekly.

Best wishes,
Dr Sarah Pemberton-Kiely FACD
"""),
]}

R02 = {"patient_id": "R02", "age": 72, "sex": "M", "notes": [
("2019-02-26", "GP Referral Letter", """
Brechin Road Medical Practice
26th February 2019

Dear Dr Ogilvie,

Hamish Dunbar, 72, retired joiner
HD three sessions a week at the satellite unit

Thank you for seeing Hamish, whose knee has me worried. His wife bought him one of those wheat bags you heat in the microwave, and he has had it on his right knee for the arthritis every night since Hogmanay. In early February he noticed a sore hard patch over the front of the right kneecap. It is now roughly 4 cm across, purplish-black with a dry black centre and a dusky net-like margin, and the pain keeps him up most of the night.

He is not diabetic. On warfarin for AF (INR 2.6 last Thursday). Height 1.75 m and he weighed 84 kg, giving a BMI of 27.4.

I'm not sure whether this is a plain burn or something nastier like calciphylaxis given his kidneys. I have told him to put the wheat bag away.

Yours sincerely,
Dr Alison Murray
"""),
("2019-03-08", "Dermatology Clinic Letter", """
DERMATOLOGY OUTPATIENTS
Date of clinic: 08/03/2019

Diagnosis: calciphylaxis, anterior right knee - biopsy proven

Dear Dr Murray,
Many thanks for sending Mr Dunbar along. The story is a nightly heated wheat bag over the right knee from 31st December 2018, then a painful lump at that exact spot in the first half of February 2019. I took an incisional biopsy of the margin on 1st March; the pathologist reports calcified, partly thrombosed arterioles deep in the subcutaneous fat with a surrounding septal panniculitis, which is diagnostic. There is no other lesion on his legs or trunk.

I've explained that local heat likely triggered the lesion at that site, and he has promised the wheat bag is in the bin. I've discussed his warfarin with the renal team, who will switch him to apixaban.

Kind regards
Dr Euan Ogilvie, Consultant Dermatologist
"""),
("2019-03-20", "Ward Handover", """
WARD 6 RENAL - nursing/medical handover 20/3/19

Bed 14 - DUNBAR Hamish 72M
Bkgd: ESRD, HD Tu-Th-Sa. AF. OA knees. Not DM.
Issue: CUA R) knee, bx-proven 1/3 -> adm 18/3 for pain + STS
Rx: sodium thiosulfate 25g IV post HD (2 of 9 done). Warfarin stopped 12/3 -> apixaban 2.5 bd. Oxycodone 2.5mg PRN, gabapentin 100mg post HD.
Wound: ant R) knee eschar 4x3.5cm, edges dry, no slough/odour. Inadine + foam. No heat to knee!!
Obs stable, afebrile. Wt 83.6 kg. BMI 27.4
Plan: TVN Fri, physio for mobility, ?home Mon
"""),
]}

R03 = {"patient_id": "R03", "age": 58, "sex": "F", "notes": [
("2021-07-19", "Nephrology OPD Note", """
DEPT OF NEPHROLOGY - OPD
Date: 19/07/2021   Unit: N-2

Smt. Kamala Narasimhan, 58 yrs / F
k/c/o T2DM x 14 yrs on Inj. Human Mixtard 30/70 (22-0-14 U, self administered in both upper arms), SHTN x 10 yrs, CKD stage 5D on MHD twice weekly via L radiocephalic AVF since Nov 2019.

c/o painful blackish patches over L side of waist since about 6 weeks back, gradualy increasing in size. Pain++ (VAS 8/10), disturbs sleep. Unable to tie saree properly. No fever.

o/e: Conscious, oriented. Ht 152 cm, Wt 72 kg, BMI 31.2. Afebrile, BP 156/90.
Local exam: multiple indurated, violaceous plaques, each with black eschar in centre, largest 3 x 2 cm, distributed in a horizontal band over L flank exactly along the line where her petticoat drawstring is tied. Pt says she always ties it very tight, since young age. Surrounding livedo. No lesions on thighs, breasts or arms.

Inv: Ca 9.8, PO4 7.1, iPTH 1120, ALP 310, Hb 9.4

Imp: ? Calcific uremic arteriolopathy L flank
     ? panniculitis due to pressure

Adv:
1. Derm referral for punch bx
2. Stop CaCO3. Tab sevelamer 800 mg TDS with meals
3. Increase MHD to thrice weekly
4. Tie petticoat loosely / use elastic waistband
5. Review with reports
"""),
("2021-07-24", "Dermatology Consultation", """
DERMATOLOGY CROSS-REFERRAL REPLY
24/07/21

Thank you for the reference. Pt seen in derm OPD on 21/07/21.
H/o tight petticoat string at waist; lesions confined to the band it occupies on the left side.
O/E: tender violaceous indurated plaques with eschar over L flank, retiform purpura at periphery.
Procedure: 4 mm punch bx taken from edge of L flank plaque under LA (21/07).
HPE (No. 21/S/3318): small arterioles in subcutis show medial calcific deposits + luminal thrombi; lobular fat necrosis. Von Kossa +ve.
Impression: HPE consistent with calciphylaxis. Constant pressure from the garment is the probable local precipitating factor.
Adv: loosen garment, local wound care, analgesia as per nephrology. Kindly continue management.
"""),
("2021-08-10", "Discharge Summary", """
DISCHARGE SUMMARY

Name: Kamala Narasimhan   Age/Sex: 58/F   IP No: 21-08817
DOA: 02/08/2021   DOD: 10/08/2021

Final Diagnosis:
1. Calciphylaxis (biopsy proven) - left flank
2. CKD stage 5D on maintenance haemodialysis
3. Type 2 DM - on premixed insulin
4. Systemic hypertension
5. Obesity (BMI 31.2)

Course in hospital: Admitted electively for inj. sodium thiosulphate. Received 25 g IV infused over 1 hr after each HD session (4 doses in hospital). Tolerated well apart from nausea during infusion on day 3, managed with ondansetron. Cinacalcet 30 mg OD added. Lesion over L flank: eschar stable, no discharge, pain reduced to VAS 4/10.

Advice on discharge:
- Continue thrice weekly MHD with STS post dialysis
- Tab sevelamer 800 mg TDS, tab cinacalcet 30 mg OD
- Inj. Human Mixtard as before (upper arms only)
- Loose clothing at waist. Daily dressing by trained attendant.
- Review in nephrology OPD after 2 weeks
"""),
]}

R04 = {"patient_id": "R04", "age": 66, "sex": "M", "notes": [
("2021-05-20", "GP Referral Letter", """
Dr L. Jacobs, General Practitioner
Durbanville
20 May 2021

Dear Dr Pillay,

Mr Johannes (Hannes) Botha, 66 years - HD Mon/Wed/Fri

I'd appreciate your help with Hannes. He had a basal cell carcinoma cut out of his left shin in theatre on the 3rd of March by Dr Fourie; the wound closed nicely and the stitches were out by the end of March. Then early in May the scar started to burn and ache, and a hard purple area formed along it which now has a black crust on top. He went to casualty at the weekend where they called it cellulitis and gave flucloxacillin, with no change at all.

He has a metallic mitral valve and is on warfarin (INR 3.1 last week). Not a diabetic. Weight 68 kg - no height on file.

The sister at his dialysis unit wondered about calciphylaxis and I think she may well be right.

Kind regards
Dr Leonie Jacobs
"""),
("2021-06-02", "Dermatology Letter", """
KROMRIVIER HOSPITAL - DIVISION OF DERMATOLOGY
2 June 2021

Dear Dr Pillay

Mr J Botha (66)

Examined on 26/05/2021. Along the old excision scar on the left anterior shin there is a linear black eschar, 6 x 1.5 cm, bordered by violaceous induration and a broad band of retiform purpura. Extremely painful. Pedal pulses are present. I found no similar change on his other leg, his thighs or his trunk.

I took a deep incisional sample from the lesion's edge that same day. Histology: the small subcutaneous vessels are calcified in their media and thrombosed, with extensive fat necrosis, in keeping with calciphylaxis. No residual basal cell carcinoma.

In my view the recent surgical wound determined where the calciphylaxis appeared - calciphylaxis localising to a fresh scar is well recognised. I have avoided further debridement for now.

Sincerely
Dr Thandiwe Mokoena, Dermatologist
"""),
("2021-06-15", "Nephrology Letter", """
Renal Unit - outpatient note, 15/06/2021

Dear Dr Jacobs

Hannes Botha, ESKD on haemodialysis three times weekly (L brachiocephalic fistula).

Problem list: calciphylaxis L shin, confirmed on histology (onset early May 2021, within the scar of a BCC excision done on 03/03/2021); mechanical mitral valve on warfarin; secondary hyperparathyroidism.

We have started IV thiosulfate (25 g) after every run and switched his phosphate binder to lanthanum. Cardiology feel strongly that he must stay on warfarin because of the valve; we will aim for the lower end of his INR range and add vitamin K2. The unit sister is doing the dressings after each run.

Weight 67 kg.

Regards
Dr R. Pillay, Nephrologist
"""),
]}

R05 = {"patient_id": "R05", "age": 77, "sex": "F", "notes": [
("2023-04-20", "GP Referral Letter", """
Ballintemple Medical Centre
20th April 2023

Dear Registrar,

Re: Mrs Nuala Kinsella, 77, on haemodialysis at the Mercy unit

Nuala slipped on the wet footpath coming out of Mass on St Patrick's Day and took the skin off her left elbow. The practice nurse dressed the graze and it was healing well enough, but three weeks ago an exquisitely tender purple lump came up at the same spot, and over the past week it has opened into an ulcer with a black base. Her sugars are diet-controlled (type 2 diabetes, no tablets), and she takes apixaban for AF (never warfarin). BMI 24.1.

I'd be grateful if she could be seen soon - I'm worried about calciphylaxis. Her husband will bring her in.

Yours faithfully,
Dr Ciaran Hegarty MICGP
"""),
("2023-04-28", "Dermatology Registrar Note", """
Dermatology OPD - SpR note 28/04/23

77F, HD x 4 yrs. Ref GP re L elbow.
Hx: fall 17/3 -> graze L elbow, healing. New painful lump same site ~30/3 -> ulcerated.
No new meds. No fever. Diet-ctrl T2DM. Apixaban.
O/E: posterior L elbow: 2.5 cm ulcer, adherent black eschar, violaceous indurated rim + livedoid net extending onto forearm. Exquisitely tender. R arm, legs, trunk clear.
DDx: calciphylaxis vs infected traumatic ulcer vs pyoderma gangrenosum
Plan: 4mm punch from edge today (done, LA, 1 suture). Swab sent. Paracetamol 1g QDS. Discussed with Dr Walsh (cons). Results to renal.
"""),
("2023-05-12", "Renal Day Ward Letter", """
RENAL DAY WARD
12 May 2023

Dear Dr Hegarty,

Mrs Kinsella came to the day ward today for her first infusion. The punch biopsy from the left elbow has come back: the pathologist reports that the little vessels of her lower dermis and fat are calcified, several blocked by thrombus, with necrosis around them, so calciphylaxis is confirmed. The swab grew only skin flora.

The ulcer began about a fortnight after her fall, on the graze itself, so we believe the injury decided where the lesion would appear. She is otherwise reasonably well. We have started sodium thiosulfate after each dialysis, stopped her calcium-based binder, and the tissue viability nurse will manage the wound.

Kind regards,
Dr Orla Brennan, Specialist Registrar in Nephrology
"""),
]}

R06 = {"patient_id": "R06", "age": 54, "sex": "M", "notes": [
("2024-04-05", "Nephrology OPD Note", """
NEPHROLOGY OPD    05-04-2024
Name: Sri Anil Kumar Das   54/M   Reg No. NEP/24/1187

K/c/o CKD 5D on MHD (thrice weekly, R IJV permcath), HTN. Not diabetic. Non smoker.
Anaemia - pt could not afford IV iron sucrose, hence received Inj. iron sorbitol IM x 5 doses into R gluteal region from local practitioner in January 2024.

C/o painful hard swelling over R buttock, first noticed on the day of Holi, now turned blackish in centre. Pain ++, unable to sit on R side. No fever.

O/E: Wt 61 kg, Ht 165 cm, BMI 22.4. Pallor +.
R gluteal region: 5 x 4 cm indurated, tender violaceous plaque; eschar (black, 1.5 cm) in the centre, surrounding mottling. L buttock normal.

Ix: Hb 8.1, Ca 10.2, PO4 6.8, iPTH 890

Imp: ? Calciphylaxis R gluteal region (at IM injection site)
     D/D: injection abscess / sterile necrosis

Plan: USG local part, derm opinion + biopsy. Stop Ca based binder.
"""),
("2024-04-12", "Dermatology Opinion", """
DERMATOLOGY OPINION   12/04/24

Seen on request. USG R gluteal: no collection.
Hx of IM iron injections at same site in Jan 2024 noted.
Incisional biopsy done 08/04/24 from margin of R buttock lesion.
HPE: calcific deposits within vessel walls (small + medium calibre) in subcutaneous fat, intimal fibroplasia, thrombi, fat necrosis. Special stain (von Kossa) positive.
Impression: Calciphylaxis, R buttock, arising at site of previous IM injections.
Advice: avoid IM injections; wound care with saline dressings; pain control. To continue under nephrology.
"""),
("2024-04-30", "Discharge Summary", """
DISCHARGE SUMMARY
Pt: Anil Kumar Das, 54 yrs, M     DOA 15/04/2024   DOD 30/04/2024

Diagnosis:
- Calciphylaxis right buttock (HPE proven), lesion noticed 25/03/2024 (Holi)
- CKD stage 5D on MHD
- Renal anaemia
- Hypertension

Course: Received inj. sodium thiosulphate 25 g IV post each HD session (6 doses). Sevelamer started, calcium carbonate stopped. Cinacalcet 30 mg started. Darbepoetin SC (in abdomen) started for anaemia, IV iron to be given in dialysis unit. Eschar over R buttock unchanged in size, margins dry, pain better (VAS 9 -> 5).

Discharge advice:
- Avoid any IM injections
- Sleep on L side / prone, pressure relief cushion
- Continue thrice weekly MHD and STS
- Follow-up nephrology OPD on Tuesday
"""),
]}

R07 = {"patient_id": "R07", "age": 70, "sex": "F", "notes": [
("2022-08-11", "Ward Handover", """
7B RENAL HANDOVER - 11/8/22 (night -> AM)

Rm 7  TONKIN Beverley 70F
PMHx: ESKD on CAPD (4 x 2L), T2DM - NovoMix 30 BD (abdo), AF on Marevan, OA
Adm 10/8 via renal clinic: painful L) calf lesion since 2/8, R) calf similar since 9/8
Hx: been strapping ice packs from the freezer to both calves at night for cramps since mid-June ("the only thing that settles them")
o/e: L) post calf 5x4cm purple retiform patch, central black eschar. R) post calf 2x2cm violaceous indurated plaque, no eschar yet. Both v. tender. Pulses palp.
?CUA vs cold panniculitis
INR 2.8. BMI 29.9 (wt 77.8)
Plan: derm r/v + bx today, NO ice packs (removed, husband taking home), analgesia - hydromorphone 0.5mg PRN, PD as usual
"""),
("2022-08-16", "Dermatology Consult", """
DERMATOLOGY CONSULT NOTE - 16/08/2022

Asked to see re bilateral calf lesions.
Punch biopsy taken from the L) calf lesion margin on 12/8. Histology: calcium within the vessel media of subcutaneous small vessels, thrombi, and septal plus lobular fat necrosis; no features of cold panniculitis; von Kossa +.

Assessment: calciphylaxis of both calves. The lesions lie exactly where she had been strapping frozen packs each night since June, so cold injury very likely determined their location. Marevan is an additional risk factor; I have raised this with the renal team.

Recommend: avoid any cold or heat application to the legs, sodium thiosulfate per renal, and wound care nurse review for both calves.
"""),
("2022-08-24", "Renal Registrar Progress Note", """
Renal reg ward round 24/8

Pt comfortable o/n. Calf lesions: L) eschar stable, R) now has small central dark area.
Adequacy poor on CAPD + peritoneal membrane high transporter -> decision with pt & family to switch to HD to intensify clearance and give STS on HD.
R) IJ tunnelled line inserted 22/8 by IR, no issues. 1st HD 23/8 uneventful. PD cath left in situ for now.
Marevan ceased 20/8 (INR 1.4 today) - apixaban 2.5mg bd from today.
BSL 6-11 on NovoMix.
Plan: STS 25g post each HD, daily dressing.
"""),
("2022-08-30", "Discharge Summary", """
DISCHARGE SUMMARY - Renal Medicine
Patient: Beverley TONKIN, 70F
Admitted 10/08/2022   Discharged 30/08/2022

Principal diagnosis: calciphylaxis, bilateral posterior calves (biopsy 12/08/2022)

Other problems: ESKD, now on haemodialysis (converted from CAPD this admission); type 2 diabetes on NovoMix 30; AF (Marevan ceased, now apixaban); osteoarthritis.

Summary: Onset L calf 2/8, R calf a week later, both at the sites where she had applied frozen packs nightly since mid-June for leg cramps. Biopsy diagnostic. Treated with sodium thiosulfate after each HD, cinacalcet, and non-calcium binder. Cramps now managed with dialysis prescription changes and quinine avoided. Pain controlled with hydromorphone PRN.

Weight on discharge 78.6 kg, BMI 30.2.

Follow-up: HD at Parafield satellite MWF; Renal clinic 4 weeks; community wound nurse twice weekly.
"""),
]}

PATIENTS = [R01, R02, R03, R04, R05, R06, R07]
